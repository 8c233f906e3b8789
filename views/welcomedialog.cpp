#include "welcomedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to WeMenu"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("<h3>Welcome to WeMenu</h3>"
           "<p>WeMenu builds the menu at the bottom of your Official Account's chat and shows "
           "it on a phone, as your followers will see it.</p>"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_guide = new QLabel(
        tr("<p><b>A menu in five steps</b></p>"
           "<ol>"
           "<li><b>Add buttons</b>: up to 3 on the bar, up to 5 in each one's sub-menu.</li>"
           "<li><b>Name them</b>: short names; the phone shows about 4 Chinese characters on "
           "the bar, 8 in a sub-menu.</li>"
           "<li><b>Choose what each does</b>: open a web page or a Mini Program, send a "
           "keyword to your server, and more.</li>"
           "<li><b>Check the phone</b>: the preview shows the menu as followers see it; "
           "Problems lists what to fix.</li>"
           "<li><b>Publish</b>: try it on the Sandbox practice account first, then publish "
           "to your account.</li>"
           "</ol>"));
    m_guide->setObjectName(QStringLiteral("welcomeGuide"));
    m_guide->setWordWrap(true);
    layout->addWidget(m_guide);

    auto *buttons = new QDialogButtonBox;
    m_sample = buttons->addButton(tr("Open the &Sample"), QDialogButtonBox::AcceptRole);
    m_sample->setObjectName(QStringLiteral("openSampleButton"));
    m_sample->setToolTip(tr("A coffee shop's menu, opened as a new untitled document"));
    m_newMenu = buttons->addButton(tr("Start a &New Menu"), QDialogButtonBox::AcceptRole);
    m_newMenu->setObjectName(QStringLiteral("newMenuButton"));
    buttons->addButton(QDialogButtonBox::Close);
    m_sample->setDefault(true);
    layout->addWidget(buttons);

    connect(m_sample, &QPushButton::clicked, this, [this] {
        accept();
        emit sampleRequested();
    });
    connect(m_newMenu, &QPushButton::clicked, this, [this] {
        accept();
        emit newMenuRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}
