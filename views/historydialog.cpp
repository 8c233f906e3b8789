#include "historydialog.h"

#include "phonepreviewpainter.h"

#include <account.h>
#include <documentdata.h>
#include <menuchanges.h>
#include <publishhistory.h>

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr qreal kThumbnailScale = 0.5;  // the phone at half size ...
constexpr qreal kThumbnailHeight = 112; // ... cut to its lower part: the menu bar and above
constexpr int kShownChanges = 4;        // more go to the tooltip

} // namespace

HistoryDialog::HistoryDialog(PublishHistory *history, const Account &account, QWidget *parent,
                             const QHash<QString, QString> &tagNames)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    const QString accountName = account.displayName();
    setWindowTitle(tr("Publish History of %1").arg(accountName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The menus the account had before each publish, newest first, "
                                "and what that publish changed. Open one to look at it, or "
                                "restore it: you review the change before anything is "
                                "published."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("historyList"));
    const QSize iconSize =
        (QSizeF(PhonePreviewLayout::kWidth, PhonePreviewLayout::kHeight) * kThumbnailScale)
            .toSize();
    m_list->setIconSize(iconSize);
    m_list->setSpacing(4);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);

    const QList<PublishHistory::Version> versions =
        history->timeline(PublishHistory::accountKey(account));
    for (const PublishHistory::Version &version : versions) {
        const QString when =
            QLocale().toString(version.entry.savedAt.toLocalTime(), QLocale::ShortFormat);
        const QString title = tr("Before the publish of %1 · %2").arg(when, accountName);
        QStringList changes;
        QPixmap picture;
        if (!version.ok) {
            changes.append(tr("This version cannot be read: %1").arg(version.error));
        } else {
            picture = thumbnail(version.before, accountName);
            if (!version.hasAfter) {
                changes.append(tr("What this publish changed was not recorded."));
            } else {
                for (const MenuChange &change : MenuChanges::compare(version.before, version.after))
                    changes.append(
                        MenuChanges::describe(change, version.before, version.after, tagNames));
                if (changes.isEmpty())
                    changes.append(tr("The publish changed nothing."));
            }
        }
        QStringList shown = changes.mid(0, kShownChanges);
        if (changes.size() > kShownChanges)
            shown.append(tr("… and %1 more (see the tooltip)").arg(changes.size() - kShownChanges));
        auto *item = new QListWidgetItem(title + QLatin1Char('\n') + shown.join(QLatin1Char('\n')));
        if (!picture.isNull())
            item->setIcon(QIcon(picture));
        item->setData(FileRole, version.entry.fileName);
        item->setData(ChangesRole, changes.join(QLatin1Char('\n')));
        item->setToolTip(changes.join(QLatin1Char('\n')));
        m_list->addItem(item);
    }
    if (m_list->count() == 0)
        m_list->addItem(tr("Nothing published from WeMenu to this account yet."));
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("&Restore This Version…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restore->setToolTip(tr("Compares these menus with the live ones and shows the change "
                             "before anything is published."));
    m_restore->setAutoDefault(false);
    layout->addWidget(buttons);
    const auto updateButtons = [this, buttons] {
        const bool chosen = !currentFile().isEmpty();
        buttons->button(QDialogButtonBox::Open)->setEnabled(chosen);
        m_restore->setEnabled(chosen);
    };
    connect(m_list, &QListWidget::currentRowChanged, this, updateButtons);
    if (!versions.isEmpty())
        m_list->setCurrentRow(0);
    updateButtons();

    const auto open = [this] {
        const QString file = currentFile();
        if (!file.isEmpty()) {
            emit openRequested(file);
            accept();
        }
    };
    connect(buttons, &QDialogButtonBox::accepted, this, open);
    connect(m_list, &QListWidget::itemActivated, this, open);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QString file = currentFile();
        if (!file.isEmpty()) {
            emit restoreRequested(file);
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 520);
}

QString HistoryDialog::currentFile() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(FileRole).toString() : QString();
}

QPixmap HistoryDialog::thumbnail(const DocumentData &data, const QString &accountName)
{
    PreviewOptions options;
    options.accountName = accountName;
    const QList<Button> buttons = data.hasDefaultMenu ? data.defaultMenu.buttons : QList<Button>();
    const qreal ratio = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    const QImage phone = PhonePreviewPainter::image(buttons, options, kThumbnailScale * ratio);
    const int height = qRound(kThumbnailHeight * kThumbnailScale * ratio);
    QImage image = phone.copy(0, phone.height() - height, phone.width(), height);
    image.setDevicePixelRatio(ratio);
    return QPixmap::fromImage(image);
}
