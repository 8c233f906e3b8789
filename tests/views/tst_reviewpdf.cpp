#include <menufile.h>
#include <reviewpdf.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kSample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");

/// NFKC: CJK fonts map some characters to compatibility code points (日 to U+2F47).
QString normalized(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

/// The sample with a renamed sub-button in the default menu and a renamed top-level button in
/// its newest conditional menu: two changed menus.
void sampleChange(DocumentData *before, DocumentData *after)
{
    const ReadResult read = MenuFile::readFile(kSample);
    QVERIFY2(read.ok, qPrintable(read.error.message));
    *before = read.data;
    *after = read.data;
    QVERIFY(after->defaultMenu.buttons.size() > 2);
    after->defaultMenu.buttons[2].subButtons[0].name = QStringLiteral(u"会员日特惠");
    QVERIFY(!after->conditionalMenus.isEmpty());
    after->conditionalMenus[0].buttons[0].name = QStringLiteral(u"星标专享");
}

} // namespace

class TestReviewPdf : public QObject
{
    Q_OBJECT

private slots:
    void onePagePerChangedMenuWithTheNames();
    void unwritablePathLeavesNoFile();

private:
    static QString run(const QString &program, const QStringList &arguments);
};

QString TestReviewPdf::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestReviewPdf::onePagePerChangedMenuWithTheNames()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdftotext.isEmpty() || pdfinfo.isEmpty())
        QSKIP("pdftotext and pdfinfo (poppler-utils) are needed to read the PDF back");

    ReviewPdfContent content;
    sampleChange(&content.before, &content.after);
    content.accountLabel = QStringLiteral(u"咖啡小站");
    content.practice = false;
    content.date = QDateTime(QDate(2030, 11, 11), QTime(9, 30));
    content.tagNames.insert(QStringLiteral("2"), QStringLiteral(u"星标会员"));
    content.followers.insert(0, QStringLiteral("VIP members on iOS"));

    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("review.pdf"));
    QString error;
    QVERIFY2(ReviewPdf::write(fileName, content, &error), qPrintable(error));

    const QString info = run(pdfinfo, {fileName});
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    QVERIFY2(pages.captured(1).toInt() >= 2, qPrintable(info)); // two changed menus

    const QString text = normalized(run(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                    fileName, QStringLiteral("-")}));
    for (const QString &expected :
         {QStringLiteral(u"咖啡小站"), QStringLiteral(u"会员权益"), QStringLiteral(u"会员日特惠"),
          QStringLiteral(u"星标专享"), QStringLiteral("VIP members on iOS")}) {
        QVERIFY2(text.contains(normalized(expected)),
                 qPrintable(QStringLiteral("%1 missing in:\n%2").arg(expected, text)));
    }
    // One page per changed menu: the default menu's change on one, the conditional's on another.
    const QStringList pageTexts = text.split(QLatin1Char('\f'));
    const auto pageOf = [&](const QString &name) {
        for (qsizetype i = 0; i < pageTexts.size(); ++i) {
            if (pageTexts.at(i).contains(normalized(name)))
                return int(i);
        }
        return -1;
    };
    QVERIFY(pageOf(QStringLiteral(u"星标专享")) != pageOf(QStringLiteral(u"会员日特惠")));
}

void TestReviewPdf::unwritablePathLeavesNoFile()
{
    ReviewPdfContent content;
    sampleChange(&content.before, &content.after);
    content.accountLabel = QStringLiteral("Shop");

    QTemporaryDir dir;
    // A folder that does not exist, and a path that is a folder.
    for (const QString &fileName :
         {dir.filePath(QStringLiteral("missing/review.pdf")), dir.path()}) {
        QString error;
        QVERIFY(!ReviewPdf::write(fileName, content, &error));
        QVERIFY2(!error.isEmpty(), qPrintable(fileName));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());

    // An existing file stays as it was when the new one cannot be written whole.
    const QString kept = dir.filePath(QStringLiteral("kept.pdf"));
    QFile file(kept);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("old");
    file.close();
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    QString error;
    const bool written = ReviewPdf::write(kept, content, &error);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!written) { // not when the tests run as root, who writes anywhere
        QVERIFY(!error.isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("kept.pdf")});
    }
}

QTEST_MAIN(TestReviewPdf)
#include "tst_reviewpdf.moc"
