#include "preferencesdialog.h"

#include "languagepreference.h"
#include "linkcheckpreference.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferredLanguage())));
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies the next time WeMenu starts."));
    note->setWordWrap(true);
    form->addRow(note);
    m_checkLinks = new QCheckBox(tr("&Check links in the background"));
    m_checkLinks->setObjectName(QStringLiteral("checkLinksBox"));
    m_checkLinks->setChecked(linkChecksPreferred());
    m_checkLinks->setToolTip(
        linkChecksAllowed()
            ? tr("Shortly after you type a link, and before Compare and Publish, WeMenu asks "
                 "whether the page answers. Links to this computer or your own network are "
                 "asked only after you agree.")
            : tr("Turned off here by the environment (WEMENU_LINK_CHECKS=off)."));
    m_checkLinks->setEnabled(linkChecksAllowed());
    form->addRow(m_checkLinks);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::save()
{
    setPreferredLanguage(m_language->currentData().toString());
    if (linkChecksAllowed())
        setLinkChecksPreferred(m_checkLinks->isChecked());
}
