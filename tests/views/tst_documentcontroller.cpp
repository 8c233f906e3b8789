#include "fileinode.h"
#include "scriptedprompter.h"

#include <documentcontroller.h>
#include <recentfiles.h>
#include <recoverystore.h>

#include <menudocument.h>

#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

/// The document and its files without a window: what the editor's File menu runs.
class TestDocumentController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theOldDocumentOutlivesItsReplacement();
    void openAndSaveFillTheRecentFiles();
    void openingTheNewestFileAgainWritesNoSettings();
    void aRecentFileThatIsGoneLeavesTheList();
    void closingAsksAboutUnsavedChanges();

private:
    QString sample() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    ScriptedPrompter m_prompter;
    std::unique_ptr<RecoveryStore> m_recovery;
    std::unique_ptr<DocumentController> m_files;
};

void TestDocumentController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDocumentController::init()
{
    RecentFiles::clear();
    m_prompter = ScriptedPrompter();
    m_dir = std::make_unique<QTemporaryDir>();
    m_recovery = std::make_unique<RecoveryStore>(m_dir->filePath(QStringLiteral("recovery")));
    m_files = std::make_unique<DocumentController>(&m_prompter, m_recovery.get(), nullptr);
}

void TestDocumentController::cleanup()
{
    m_files.reset();
    m_recovery.reset();
    m_dir.reset();
    RecentFiles::clear();
}

QString TestDocumentController::sample() const
{
    return QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
}

void TestDocumentController::theOldDocumentOutlivesItsReplacement()
{
    // A window swaps its views over to the new document while the old one still exists.
    QPointer<MenuDocument> old = m_files->document();
    bool oldAliveDuringSwap = false;
    MenuDocument *announced = nullptr;
    connect(m_files.get(), &DocumentController::documentReplaced, this,
            [&](MenuDocument *document) {
                oldAliveDuringSwap = !old.isNull();
                announced = document;
            });
    QVERIFY(m_files->openFile(sample()));
    QVERIFY(oldAliveDuringSwap);
    QCOMPARE(announced, m_files->document());
    QVERIFY(old.isNull());
}

void TestDocumentController::openAndSaveFillTheRecentFiles()
{
    QSignalSpy changed(m_files.get(), &DocumentController::recentFilesChanged);
    QVERIFY(m_files->openFile(sample()));
    QCOMPARE(RecentFiles::list(), QStringList{sample()});
    QCOMPARE(m_files->documentName(), QStringLiteral("sample-menu.json"));

    const QString copy = m_dir->filePath(QStringLiteral("copy.json"));
    QSignalSpy status(m_files.get(), &DocumentController::statusMessage);
    QVERIFY(m_files->saveAs(copy));
    QCOMPARE(RecentFiles::list(), (QStringList{copy, sample()}));
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().contains(QLatin1String("copy.json")));
    QCOMPARE(changed.size(), 2);
    QVERIFY(m_prompter.errors.isEmpty());
}

void TestDocumentController::openingTheNewestFileAgainWritesNoSettings()
{
    // The settings file is replaced as a whole when written: a new file, a new inode.
    const auto inode = [] { return fileInode(QSettings().fileName()); };
    QVERIFY(m_files->openFile(sample()));
    const ino_t first = inode();
    QVERIFY(first != 0);
    QVERIFY(m_files->openFile(sample()));
    QCOMPARE(inode(), first);
    QCOMPARE(RecentFiles::list(), QStringList{sample()});

    const QString copy = m_dir->filePath(QStringLiteral("copy.json"));
    QVERIFY(QFile::copy(sample(), copy));
    QVERIFY(m_files->openFile(copy)); // another file: the list changes
    QVERIFY(inode() != first);
    QCOMPARE(RecentFiles::list(), (QStringList{copy, sample()}));
}

void TestDocumentController::aRecentFileThatIsGoneLeavesTheList()
{
    const QString gone = m_dir->filePath(QStringLiteral("gone.json"));
    RecentFiles::add(sample());
    RecentFiles::add(gone);
    MenuDocument *before = m_files->document();
    QSignalSpy changed(m_files.get(), &DocumentController::recentFilesChanged);

    QVERIFY(!m_files->openRecent(gone));
    QCOMPARE(m_prompter.errors.size(), 1);
    QVERIFY2(m_prompter.errors.first().contains(QLatin1String("gone.json")),
             qPrintable(m_prompter.errors.first()));
    QCOMPARE(RecentFiles::list(), QStringList{sample()});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_files->document(), before); // nothing else changed
}

void TestDocumentController::closingAsksAboutUnsavedChanges()
{
    QVERIFY(m_files->openFile(sample()));
    QVERIFY(m_files->close()); // clean: no question
    QVERIFY(m_prompter.questions.isEmpty());

    // One undo step: the document is modified.
    m_prompter.importChoice = Prompter::ImportChoice::ReplaceDefaultMenu;
    QVERIFY(m_files->importFile(
        QStringLiteral(WEMENU_SOURCE_DIR "/tests/data/seed/create-5.1-request.json")));
    m_prompter.questions.clear();
    QVERIFY(m_files->document()->isModified());
    m_prompter.saveChoice = Prompter::SaveChoice::Cancel;
    QVERIFY(!m_files->close());
    QCOMPARE(m_prompter.questions, QStringList{QStringLiteral("save sample-menu.json")});
    m_prompter.saveChoice = Prompter::SaveChoice::Discard;
    QVERIFY(m_files->close());
    QVERIFY(!m_recovery->hasAutosave());
}

QTEST_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
