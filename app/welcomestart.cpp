#include "welcomestart.h"

#include "documentcontroller.h"

#include <menufile.h>
#include <welcomedialog.h>

#include <QSettings>

namespace {

const QString kShownKey = QStringLiteral("welcome/shown");

} // namespace

bool WelcomeStart::isFirstStart()
{
    return !QSettings().value(kShownKey, false).toBool();
}

WelcomeDialog *WelcomeStart::show(QWidget *window, DocumentController *files)
{
    auto *dialog = new WelcomeDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &WelcomeDialog::sampleRequested, files,
                     [files] { openSample(files); });
    QObject::connect(dialog, &WelcomeDialog::newMenuRequested, files,
                     [files] { files->newDocument(); });
    dialog->show(); // never a modal loop: the editor stays usable behind it
    return dialog;
}

WelcomeDialog *WelcomeStart::showOnFirstStart(QWidget *window, DocumentController *files)
{
    if (!isFirstStart())
        return nullptr;
    QSettings().setValue(kShownKey, true);
    return show(window, files);
}

bool WelcomeStart::openSample(DocumentController *files)
{
    const ReadResult read = MenuFile::readFile(sampleFile());
    if (!read.ok) {
        qWarning("The sample menu cannot be read: %s", qPrintable(read.error.message));
        return files->newDocument();
    }
    return files->openData(read.data);
}
