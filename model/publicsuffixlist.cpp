#include "publicsuffixlist.h"

#include <QLibrary>
#include <QtGlobal>

#include <libpsl.h>

namespace {

/// libpsl's entry points that the rules use, with the list loaded from them once.
class LoadedList
{
public:
    LoadedList()
    {
        load();
        if (!m_error.isEmpty())
            qWarning("No Public Suffix List (%s): only a link's last label counts as a public "
                     "suffix.",
                     qPrintable(m_error));
    }

    ~LoadedList()
    {
        if (m_free && m_list != m_builtin)
            m_free(const_cast<psl_ctx_t *>(m_list)); // the built-in list is libpsl's own
    }
    LoadedList(const LoadedList &) = delete;
    LoadedList &operator=(const LoadedList &) = delete;

    bool isIcannSuffix(const QByteArray &domain) const
    {
        if (!m_list)
            return !domain.contains('.');
        return m_isPublicSuffix(m_list, domain.constData(), PSL_TYPE_ICANN) != 0;
    }

    QString error() const { return m_error; }

private:
    void load()
    {
        // The library the package depends on (libpsl5), by its ABI version.
        QLibrary library(QStringLiteral("psl"), 5);
        if (!library.load()) {
            m_error = library.errorString();
            return;
        }
        const auto latest = reinterpret_cast<decltype(&psl_latest)>(library.resolve("psl_latest"));
        const auto builtin =
            reinterpret_cast<decltype(&psl_builtin)>(library.resolve("psl_builtin"));
        m_free = reinterpret_cast<decltype(&psl_free)>(library.resolve("psl_free"));
        m_isPublicSuffix = reinterpret_cast<decltype(&psl_is_public_suffix2)>(
            library.resolve("psl_is_public_suffix2"));
        if (!latest || !builtin || !m_free || !m_isPublicSuffix) {
            m_error = library.errorString();
            m_free = nullptr;
            m_isPublicSuffix = nullptr;
            return;
        }
        // The library stays loaded until the program ends (a QLibrary unloads only when
        // asked to), and the list with it.
        m_builtin = builtin();
        m_list = latest(nullptr);
        if (!m_list)
            m_list = m_builtin;
        if (!m_list)
            m_error = QStringLiteral("libpsl has no Public Suffix List");
    }

    decltype(&psl_is_public_suffix2) m_isPublicSuffix = nullptr;
    decltype(&psl_free) m_free = nullptr;
    const psl_ctx_t *m_builtin = nullptr;
    const psl_ctx_t *m_list = nullptr;
    QString m_error;
};

const LoadedList &loaded()
{
    static const LoadedList instance; // loaded once, by whichever thread asks first
    return instance;
}

} // namespace

bool PublicSuffixList::isIcannSuffix(const QByteArray &domain)
{
    return loaded().isIcannSuffix(domain);
}

QString PublicSuffixList::loadError()
{
    return loaded().error();
}
