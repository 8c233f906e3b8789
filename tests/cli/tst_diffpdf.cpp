#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kSample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");

/// English, and in English words (LANGUAGE=en) for the PDF's text too.
ProgramOptions english()
{
    QProcessEnvironment env = englishEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    ProgramOptions options(env);
    options.timeoutMs = 60000;
    return options;
}

ProgramRun wemenu(const QStringList &arguments)
{
    return runWemenu(QStringList{QStringLiteral("diff")} + arguments, english());
}

/// NFKC: CJK fonts map some characters to compatibility code points (日 to U+2F47).
QString normalized(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
}

} // namespace

class TestDiffPdf : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesOnePagePerChangedMenu();
    void unwritablePathExits2AndLeavesNoFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_new; ///< the sample with a renamed button in two menus
};

void TestDiffPdf::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QFile sample(kSample);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(sample.readAll()).object();
    // The default menu: 会员中心 › 会员权益 renamed; the newest conditional menu: its first button.
    QJsonObject menu = document.value(QStringLiteral("menu")).toObject();
    QJsonArray buttons = menu.value(QStringLiteral("button")).toArray();
    QJsonObject member = buttons.at(2).toObject();
    QJsonArray subs = member.value(QStringLiteral("sub_button")).toArray();
    QJsonObject first = subs.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral(u"会员权益"));
    first.insert(QStringLiteral("name"), QStringLiteral(u"会员日特惠"));
    subs.replace(0, first);
    member.insert(QStringLiteral("sub_button"), subs);
    buttons.replace(2, member);
    menu.insert(QStringLiteral("button"), buttons);
    document.insert(QStringLiteral("menu"), menu);
    QJsonArray conditionals = document.value(QStringLiteral("conditionalmenu")).toArray();
    QVERIFY(!conditionals.isEmpty());
    QJsonObject newest = conditionals.at(0).toObject();
    QJsonArray newestButtons = newest.value(QStringLiteral("button")).toArray();
    QJsonObject top = newestButtons.at(0).toObject();
    top.insert(QStringLiteral("name"), QStringLiteral(u"星标专享"));
    newestButtons.replace(0, top);
    newest.insert(QStringLiteral("button"), newestButtons);
    conditionals.replace(0, newest);
    document.insert(QStringLiteral("conditionalmenu"), conditionals);

    m_new = m_dir->filePath(QStringLiteral("new.json"));
    QFile file(m_new);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(document).toJson());
}

void TestDiffPdf::writesOnePagePerChangedMenu()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdftotext.isEmpty() || pdfinfo.isEmpty())
        QSKIP("pdftotext and pdfinfo (poppler-utils) are needed to read the PDF back");

    const QString pdf = m_dir->filePath(QStringLiteral("review.pdf"));
    const ProgramRun diff = wemenu({kSample, m_new, QStringLiteral("--pdf"), pdf,
                                    QStringLiteral("--account-name"), QStringLiteral(u"咖啡小站")});
    QCOMPARE(diff.exitCode, 1); // different; the words still on stdout
    QVERIFY2(diff.outText().contains(QStringLiteral(u"会员权益 renamed to 会员日特惠")),
             qPrintable(diff.outText()));

    const ProgramRun info = runProgram(pdfinfo, {pdf}, english());
    QCOMPARE(info.exitCode, 0);
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info.outText());
    QVERIFY2(pages.hasMatch(), qPrintable(info.outText()));
    QVERIFY2(pages.captured(1).toInt() >= 2, qPrintable(info.outText())); // two changed menus

    const ProgramRun text = runProgram(
        pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")},
        english());
    QCOMPARE(text.exitCode, 0);
    const QString words = normalized(text.outText());
    for (const QString &expected :
         {QStringLiteral(u"咖啡小站"), QStringLiteral(u"会员权益"), QStringLiteral(u"会员日特惠"),
          QStringLiteral(u"星标专享"), QStringLiteral("Default menu"),
          QStringLiteral("Name and signature")}) {
        QVERIFY2(words.contains(normalized(expected)),
                 qPrintable(QStringLiteral("%1 missing in:\n%2").arg(expected, words)));
    }
}

void TestDiffPdf::unwritablePathExits2AndLeavesNoFile()
{
    const QString folder = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &pdf :
         {QDir(folder).filePath(QStringLiteral("missing/review.pdf")), folder}) {
        const ProgramRun diff = wemenu({kSample, m_new, QStringLiteral("--pdf"), pdf});
        QCOMPARE(diff.exitCode, 2);
        QVERIFY2(diff.errText().contains(QDir::toNativeSeparators(pdf)),
                 qPrintable(diff.errText()));
        QVERIFY(diff.outText().isEmpty());
        QCOMPARE(entriesOf(folder), QStringList()); // no partial file, no temporary file
    }
    // Usage errors: --pdf needs a file; --pdf with git's seven arguments.
    QCOMPARE(wemenu({kSample, m_new, QStringLiteral("--pdf=")}).exitCode, 64);
    QCOMPARE(wemenu({QStringLiteral("menu.json"), kSample, QStringLiteral("0000000"),
                     QStringLiteral("100644"), m_new, QStringLiteral("0000000"),
                     QStringLiteral("100644"), QStringLiteral("--pdf"),
                     QDir(folder).filePath(QStringLiteral("git.pdf"))})
                 .exitCode,
             64);
    QCOMPARE(entriesOf(folder), QStringList());
}

QTEST_GUILESS_MAIN(TestDiffPdf)
#include "tst_diffpdf.moc"
