#include "filesizelimit.h"
#include "scriptedprompter.h"
#include "socketfile.h"

#include <documentcontroller.h>
#include <mainwindow.h>
#include <menudocument.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <recoverystore.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kSample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Button click(const QString &name)
{
    Button b;
    b.name = name;
    b.type = QStringLiteral("click");
    b.key = QStringLiteral("K");
    return b;
}

} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void saveAndOpenRoundTrip();
    void failedSaveKeepsEverything();
    void pipesAndDevicesAreRefused();
    void strayTemporaryFilesAreRemoved();
    void failedImportChangesNothing_data();
    void failedImportChangesNothing();
    void failedOpenKeepsTheOpenDocument();
    void importShapes();
    void importNeverChangesTheOpenFilesName();
    void importingOneMenuAsks();
    void otherShapesOpenUntitled();
    void closeAsksAboutUnsavedChanges();
    void recoveryAfterTheEditorWasKilled();
    void noRecoveryWhileTheEditorRuns();

private:
    ScriptedPrompter m_prompter;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RecoveryStore> m_recovery;
    std::unique_ptr<MainWindow> m_window;
};

void TestFileSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFileSafety::init()
{
    m_prompter = ScriptedPrompter();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_recovery = std::make_unique<RecoveryStore>(m_dir->filePath(QStringLiteral("recovery")));
    m_window = std::make_unique<MainWindow>(&m_prompter, m_recovery.get());
}

void TestFileSafety::cleanup()
{
    if (m_window)
        m_window->document()->undoStack()->setClean();
    m_window.reset();
    m_recovery.reset();
    m_dir.reset();
}

void TestFileSafety::saveAndOpenRoundTrip()
{
    QVERIFY(m_window->files()->openFile(kSample));
    MenuDocument *document = m_window->document();
    document->setButtonField({-1, -1, 0}, ButtonField::Name, QStringLiteral(u"新品推荐"));
    QVERIFY(document->isModified());
    const QString target = m_dir->filePath(QStringLiteral("saved.json"));
    QVERIFY(m_window->files()->saveAs(target));
    QVERIFY(!document->isModified());
    QCOMPARE(document->fileName(), target);
    QCOMPARE(readAll(target), MenuJsonWriter::document(document->data()));

    const DocumentData saved = document->data();
    MainWindow other(&m_prompter, nullptr);
    QVERIFY(other.files()->openFile(target));
    QCOMPARE(other.document()->data(), saved);
    QVERIFY(!other.document()->isModified());
    QVERIFY(m_prompter.errors.isEmpty());
}

void TestFileSafety::failedSaveKeepsEverything()
{
    QVERIFY(m_window->files()->openFile(kSample));
    MenuDocument *document = m_window->document();
    document->setButtonField({-1, -1, 0}, ButtonField::Name, QStringLiteral(u"改了"));
    const DocumentData edited = document->data();

    // A folder that does not exist.
    const QString missing = m_dir->filePath(QStringLiteral("no/such/folder/menu.json"));
    QVERIFY(!m_window->files()->saveAs(missing));
    QCOMPARE(m_prompter.errors.size(), 1);
    QVERIFY2(m_prompter.errors.first().contains(missing), qPrintable(m_prompter.errors.first()));
    QVERIFY(document->isModified());
    QCOMPARE(document->data(), edited);
    QCOMPARE(document->fileName(), QFileInfo(kSample).absoluteFilePath());
    QVERIFY(!QFile::exists(missing));

    // A target that is a folder: the save fails and the folder is untouched.
    const QString folder = m_dir->filePath(QStringLiteral("taken.json"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeAll(folder + QStringLiteral("/inside.txt"), "keep"));
    QVERIFY(!m_window->files()->saveAs(folder));
    QCOMPARE(m_prompter.errors.size(), 2);
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(readAll(folder + QStringLiteral("/inside.txt")), QByteArray("keep"));
    QVERIFY(document->isModified());

    // A full disk, as a file size limit: the write fails half-way and the old file stays.
    const QString old = m_dir->filePath(QStringLiteral("old.json"));
    QVERIFY(writeAll(old, "old contents\n"));
    const int errorsBefore = int(m_prompter.errors.size());
    {
        const FileSizeLimit limit(512); // the sample menu is larger than this
        QVERIFY(!m_window->files()->saveAs(old));
    }
    QCOMPARE(m_prompter.errors.size(), errorsBefore + 1);
    QCOMPARE(readAll(old), QByteArray("old contents\n"));
    QVERIFY(document->isModified());
    QCOMPARE(document->data(), edited);
    QCOMPARE(
        QDir(m_dir->path()).entryList({QStringLiteral("old.json.*")}, QDir::Files | QDir::Hidden),
        QStringList()); // no temporary file left behind
    // With room again the same save goes through.
    QVERIFY(m_window->files()->saveAs(old));
    QCOMPARE(readAll(old), MenuJsonWriter::document(edited));
}

void TestFileSafety::pipesAndDevicesAreRefused()
{
    QVERIFY(m_window->files()->openFile(kSample));
    MenuDocument *document = m_window->document();
    document->setButtonField({-1, -1, 0}, ButtonField::Name, QStringLiteral(u"改了"));
    const QString pipe = m_dir->filePath(QStringLiteral("pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const auto isPipe = [&pipe] {
        struct stat status = {};
        return ::lstat(QFile::encodeName(pipe).constData(), &status) == 0 &&
               S_ISFIFO(status.st_mode);
    };

    // Nobody reads the pipe: opening it to write would block the editor for good.
    QVERIFY(!m_window->files()->saveAs(pipe));
    QCOMPARE(m_prompter.errors.size(), 1);
    QVERIFY2(m_prompter.errors.last().contains(pipe) &&
                 m_prompter.errors.last().contains(QStringLiteral("not a regular file")),
             qPrintable(m_prompter.errors.last()));
    QVERIFY(isPipe());
    QVERIFY(document->isModified());
    QCOMPARE(document->fileName(), QFileInfo(kSample).absoluteFilePath());

    QVERIFY(!m_window->files()->exportCreateBody(pipe));
    QCOMPARE(m_prompter.errors.size(), 2);
    QVERIFY(m_prompter.errors.last().contains(QStringLiteral("not a regular file")));
    QVERIFY(isPipe());
    QVERIFY(!m_window->exportPreview(pipe));
    QCOMPARE(m_prompter.errors.size(), 3);
    QVERIFY(isPipe());

    const QString socket = m_dir->filePath(QStringLiteral("socket.json"));
    QVERIFY(makeSocketFile(socket));
    QVERIFY(!m_window->files()->saveAs(socket));
    QCOMPARE(m_prompter.errors.size(), 4);
    QVERIFY2(m_prompter.errors.last().contains(QStringLiteral("not a regular file")),
             qPrintable(m_prompter.errors.last()));
    struct stat status = {};
    QCOMPARE(::lstat(QFile::encodeName(socket).constData(), &status), 0);
    QVERIFY(S_ISSOCK(status.st_mode));
    QCOMPARE(QDir(m_dir->path())
                 .entryList({QStringLiteral("pipe.json.*"), QStringLiteral("socket.json.*")},
                            QDir::AllEntries | QDir::Hidden | QDir::System),
             QStringList()); // nothing left beside it
}

void TestFileSafety::strayTemporaryFilesAreRemoved()
{
    // A save killed between writing and renaming leaves its temporary file beside the target,
    // named after it: "menu.json.wemenu-save-" and six letters or digits.
    const QString target = m_dir->filePath(QStringLiteral("menu.json"));
    const QString other = m_dir->filePath(QStringLiteral("other.json"));
    QVERIFY(writeAll(target, readAll(kSample)));
    QVERIFY(writeAll(other, readAll(kSample)));
    const QString stray = m_dir->filePath(QStringLiteral("menu.json.wemenu-save-Xy12Ab"));
    QVERIFY(writeAll(stray, "{\"menu\": {\"bu"));
    const QString otherStray = m_dir->filePath(QStringLiteral("other.json.wemenu-save-0aZ9zq"));
    QVERIFY(writeAll(otherStray, "{\"menu\""));
    // Files that only look alike are never touched.
    const QStringList unrelated = {QStringLiteral("menu.json.backup"),
                                   QStringLiteral("menu.json.AbC123"),
                                   QStringLiteral("menu.json.wemenu-save-old"),
                                   QStringLiteral("menu.json.wemenu-save-Xy12Ab.txt"),
                                   QStringLiteral("menu.json~"),
                                   QStringLiteral("xmenu.json.wemenu-save-Xy12Ab")};
    for (const QString &name : unrelated)
        QVERIFY(writeAll(m_dir->filePath(name), "keep"));

    // Opening the file (as the editor does at start with its last file) removes its stray ...
    QVERIFY(m_window->files()->openFile(other));
    QVERIFY(!QFile::exists(otherStray));
    QVERIFY(QFile::exists(stray));
    // ... and so does the next save of the file.
    MainWindow second(&m_prompter, nullptr);
    QVERIFY(second.files()->saveAs(target));
    QVERIFY(!QFile::exists(stray));
    for (const QString &name : unrelated)
        QCOMPARE(readAll(m_dir->filePath(name)), QByteArray("keep"));
    QCOMPARE(readAll(target), MenuJsonWriter::document(second.document()->data()));
    QCOMPARE(readAll(other), readAll(kSample));
    // A save leaves nothing beside the file.
    QCOMPARE(QDir(m_dir->path())
                 .entryList({QStringLiteral("*.wemenu-save-??????")}, QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral("xmenu.json.wemenu-save-Xy12Ab")}));
}

void TestFileSafety::failedImportChangesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("syntax") << QByteArray("{\n  \"button\": [\n    {\"name\": \"a\" \"type\"}\n]}")
                            << QStringLiteral("Line 3, column 18");
    QTest::newRow("not a menu") << QByteArray("{\"hello\": 1}") << QStringLiteral("not a menu");
    QTest::newRow("shape") << QByteArray("{\"menu\": {\"button\": 3}}")
                           << QStringLiteral("menu.button");
    QTest::newRow("utf-8") << QByteArray("{\"button\":[{\"name\":\"\xff\"}]}")
                           << QStringLiteral("UTF-8");
}

void TestFileSafety::failedImportChangesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QVERIFY(m_window->files()->openFile(kSample));
    MenuDocument *document = m_window->document();
    const DocumentData before = document->data();
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QVERIFY(writeAll(bad, bytes));
    QVERIFY(!m_window->files()->importFile(bad));
    QCOMPARE(m_prompter.errors.size(), 1);
    QVERIFY2(m_prompter.errors.first().contains(QStringLiteral("bad.json")),
             qPrintable(m_prompter.errors.first()));
    QVERIFY2(m_prompter.errors.first().contains(expected), qPrintable(m_prompter.errors.first()));
    QCOMPARE(document->data(), before);
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(!document->isModified());
    QCOMPARE(readAll(bad), bytes);
}

void TestFileSafety::failedOpenKeepsTheOpenDocument()
{
    QVERIFY(m_window->files()->openFile(kSample));
    MenuDocument *document = m_window->document();
    document->setButtonField({-1, -1, 0}, ButtonField::Name, QStringLiteral("x"));
    const DocumentData before = document->data();
    QVERIFY(!m_window->files()->openFile(m_dir->filePath(QStringLiteral("missing.json"))));
    QCOMPARE(m_window->document(), document);
    QCOMPARE(document->data(), before);
    QVERIFY(document->isModified());
    QCOMPARE(m_prompter.errors.size(), 1);
}

void TestFileSafety::importShapes()
{
    QVERIFY(m_window->files()->openFile(kSample));
    MenuDocument *document = m_window->document();
    const DocumentData before = document->data();
    // A create body, asked to, replaces the default menu only, as one undo step.
    m_prompter.importChoice = Prompter::ImportChoice::ReplaceDefaultMenu;
    QVERIFY(m_window->files()->importFile(
        QStringLiteral(WEMENU_TEST_DATA "/seed/create-5.1-request.json")));
    QCOMPARE(document->data().defaultMenu.buttons.first().name, QStringLiteral(u"今日歌曲"));
    QCOMPARE(document->data().conditionalMenus, before.conditionalMenus);
    // An addconditional body, asked to, becomes the newest conditional menu: index 0, tried
    // first, with its match rule.
    m_prompter.importChoice = Prompter::ImportChoice::AddConditionalMenu;
    QVERIFY(m_window->files()->importFile(
        QStringLiteral(WEMENU_TEST_DATA "/seed/addconditional-5.1-request.json")));
    QCOMPARE(document->data().conditionalMenus.size(), before.conditionalMenus.size() + 1);
    QCOMPARE(document->data().conditionalMenus.first().matchRule.tagId, QStringLiteral("2"));
    QCOMPARE(document->data().conditionalMenus.mid(1), before.conditionalMenus);
    QCOMPARE(document->undoStack()->count(), 2);
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(document->data(), before);
    // An addconditional body replacing the default menu leaves its match rule behind.
    m_prompter.importChoice = Prompter::ImportChoice::ReplaceDefaultMenu;
    QVERIFY(m_window->files()->importFile(
        QStringLiteral(WEMENU_TEST_DATA "/seed/addconditional-5.1-request.json")));
    QVERIFY(document->data().defaultMenu.matchRule == MatchRule());
    QCOMPARE(document->data().conditionalMenus, before.conditionalMenus);
    QVERIFY(m_prompter.errors.isEmpty());
}

void TestFileSafety::importNeverChangesTheOpenFilesName()
{
    const QString coffee = m_dir->filePath(QStringLiteral("coffee.json"));
    QVERIFY(QFile::copy(kSample, coffee));
    const QByteArray saved = readAll(coffee);
    QVERIFY(m_window->files()->openFile(coffee));

    // A whole document opens as a new, untitled one, unsaved, without a question.
    DocumentData otherData;
    otherData.defaultMenu.buttons = {click(QStringLiteral(u"别的菜单"))};
    const QString other = m_dir->filePath(QStringLiteral("other.json"));
    QVERIFY(writeAll(other, MenuJsonWriter::document(otherData)));
    QVERIFY(m_window->files()->importFile(other));
    MenuDocument *document = m_window->document();
    QVERIFY(document->fileName().isEmpty());
    QVERIFY2(m_window->windowTitle().startsWith(QLatin1String("Untitled")),
             qPrintable(m_window->windowTitle()));
    QCOMPARE(document->data().defaultMenu.buttons, otherData.defaultMenu.buttons);
    QVERIFY(document->isModified());
    QVERIFY(m_prompter.questions.isEmpty());

    // Save asks for a name (cancelled here) and never writes over coffee.json.
    m_prompter.saveAnswer.clear();
    QVERIFY(!m_window->files()->save());
    QCOMPARE(readAll(coffee), saved);
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere.json"));
    m_prompter.saveAnswer = elsewhere;
    QVERIFY(m_window->files()->save());
    QCOMPARE(document->fileName(), QFileInfo(elsewhere).absoluteFilePath());
    QCOMPARE(readAll(coffee), saved);
    QCOMPARE(readAll(elsewhere), MenuJsonWriter::document(otherData));

    // So does a menu/get answer.
    QVERIFY(m_window->files()->openFile(coffee));
    QVERIFY(m_window->files()->importFile(
        QStringLiteral(WEMENU_TEST_DATA "/seed/get-5.1-response.json")));
    QVERIFY(m_window->document()->fileName().isEmpty());
    QVERIFY(m_prompter.errors.isEmpty());
}

void TestFileSafety::importingOneMenuAsks()
{
    const QString create = QStringLiteral(WEMENU_TEST_DATA "/seed/create-5.1-request.json");
    const QList<Button> imported = MenuFile::readFile(create).data.defaultMenu.buttons;
    const QString coffee = m_dir->filePath(QStringLiteral("coffee.json"));
    QVERIFY(QFile::copy(kSample, coffee));
    const QByteArray saved = readAll(coffee);
    QVERIFY(m_window->files()->openFile(coffee));
    MenuDocument *document = m_window->document();
    const DocumentData before = document->data();
    const QString name = QFileInfo(coffee).absoluteFilePath();

    // Cancelling changes nothing.
    m_prompter.importChoice = Prompter::ImportChoice::Cancel;
    QVERIFY(!m_window->files()->importFile(create));
    QCOMPARE(m_prompter.questions, QStringList{QStringLiteral("import create-5.1-request.json")});
    QCOMPARE(m_window->document(), document);
    QCOMPARE(document->data(), before);
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(!document->isModified());

    // Replace the default menu: one undo step, in this document.
    m_prompter.importChoice = Prompter::ImportChoice::ReplaceDefaultMenu;
    QVERIFY(m_window->files()->importFile(create));
    QCOMPARE(m_window->document(), document);
    QCOMPARE(document->fileName(), name);
    QCOMPARE(document->data().defaultMenu.buttons, imported);
    QCOMPARE(document->data().conditionalMenus, before.conditionalMenus);
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->data(), before);

    // Add as the newest conditional menu: index 0, one undo step, in this document.
    m_prompter.importChoice = Prompter::ImportChoice::AddConditionalMenu;
    QVERIFY(m_window->files()->importFile(create));
    QCOMPARE(m_window->document(), document);
    QCOMPARE(document->fileName(), name);
    QCOMPARE(document->data().defaultMenu, before.defaultMenu);
    QCOMPARE(document->data().conditionalMenus.size(), before.conditionalMenus.size() + 1);
    QCOMPARE(document->data().conditionalMenus.first().buttons, imported);
    QCOMPARE(document->data().conditionalMenus.mid(1), before.conditionalMenus);
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->data(), before);
    QVERIFY(!document->isModified());

    // Open as a new document: untitled, and coffee.json is left as it is.
    m_prompter.importChoice = Prompter::ImportChoice::NewDocument;
    QVERIFY(m_window->files()->importFile(create));
    QVERIFY(m_window->document()->fileName().isEmpty());
    QCOMPARE(m_window->document()->data().defaultMenu.buttons, imported);
    QVERIFY(m_window->document()->data().conditionalMenus.isEmpty());
    QCOMPARE(m_prompter.questions.size(), 4);
    QCOMPARE(readAll(coffee), saved);
    QVERIFY(m_prompter.errors.isEmpty());
}

void TestFileSafety::otherShapesOpenUntitled()
{
    QVERIFY(m_window->files()->openFile(
        QStringLiteral(WEMENU_TEST_DATA "/seed/create-5.1-request.json")));
    QVERIFY(m_window->document()->fileName().isEmpty());
    QCOMPARE(m_window->document()->shape(), Shape::Create);
    // Saving asks where, and never writes over the request body.
    m_prompter.saveAnswer.clear();
    QVERIFY(!m_window->files()->save());
    QCOMPARE(readAll(QStringLiteral(WEMENU_TEST_DATA "/seed/create-5.1-request.json")).isEmpty(),
             false);
}

void TestFileSafety::closeAsksAboutUnsavedChanges()
{
    QVERIFY(m_window->files()->openFile(kSample));
    m_window->document()->addButton({-1, 1, 0}, click(QStringLiteral("x")));
    m_prompter.saveChoice = Prompter::SaveChoice::Cancel;
    QVERIFY(!m_window->close());
    QCOMPARE(m_prompter.questions.size(), 1);
    QVERIFY(m_window->document()->isModified());
    m_prompter.saveChoice = Prompter::SaveChoice::Discard;
    QVERIFY(m_window->close());
    QCOMPARE(readAll(kSample).contains("\"x\""), false);
}

void TestFileSafety::recoveryAfterTheEditorWasKilled()
{
    QTemporaryDir home;
    QProcess editor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("WEMENU_AUTOSAVE_MS"), QStringLiteral("100"));
    editor.setProcessEnvironment(env);
    // The import is an unsaved edit of a new, untitled menu.
    editor.start(QStringLiteral(WEMENU_BINARY), {QStringLiteral("--import"), kSample});
    QVERIFY(editor.waitForStarted());
    const QString dir = home.filePath(QStringLiteral("data/WeMenu/wemenu/recovery"));
    const auto autosaved = [&dir] {
        return !QDir(dir).entryList({QStringLiteral("session-*.json")}, QDir::Files).isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(autosaved(), 30000);
    editor.kill(); // a crash: no chance to clean up
    QVERIFY(editor.waitForFinished());

    RecoveryStore store(dir);
    const QList<RecoveryStore::Entry> entries = store.orphaned();
    QCOMPARE(entries.size(), 1);
    m_prompter.yesNoAnswer = true;
    MainWindow window(&m_prompter, &store);
    QVERIFY(window.files()->offerRecovery());
    QCOMPARE(m_prompter.questions.size(), 1);
    const ReadResult sample = MenuFile::readFile(kSample);
    QCOMPARE(window.document()->data(), sample.data);
    QVERIFY(window.document()->isModified());
    QVERIFY(window.document()->fileName().isEmpty());
    // Offered once: the leftovers are gone, this editor's own autosave has taken over.
    QVERIFY(store.orphaned().isEmpty());
    QVERIFY(store.hasAutosave());
    window.document()->undoStack()->setClean();
}

void TestFileSafety::noRecoveryWhileTheEditorRuns()
{
    QTemporaryDir home;
    QProcess editor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("WEMENU_AUTOSAVE_MS"), QStringLiteral("100"));
    editor.setProcessEnvironment(env);
    editor.start(QStringLiteral(WEMENU_BINARY), {QStringLiteral("--import"), kSample});
    QVERIFY(editor.waitForStarted());
    const QString dir = home.filePath(QStringLiteral("data/WeMenu/wemenu/recovery"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !QDir(dir).entryList({QStringLiteral("session-*.json")}, QDir::Files).isEmpty(), 30000);
    RecoveryStore store(dir);
    QVERIFY(store.orphaned().isEmpty()); // its editor is alive: not ours to take
    editor.kill();
    QVERIFY(editor.waitForFinished());
    QCOMPARE(store.orphaned().size(), 1);
}

QTEST_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
