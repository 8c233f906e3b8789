#include <errcodes.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <publishplanner.h>
#include <sandboxapi.h>

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

#include <algorithm>

#include <optional>

Q_DECLARE_METATYPE(DocumentData)

namespace {

// ---------------------------------------------------------------------------------------------
// Menus used by the tests

Button click(const QString &name, const QString &key)
{
    Button button;
    button.name = name;
    button.type = QStringLiteral("click");
    button.key = key;
    return button;
}

Button view(const QString &name, const QString &url)
{
    Button button;
    button.name = name;
    button.type = QStringLiteral("view");
    button.url = url;
    return button;
}

Button parent(const QString &name, const QList<Button> &subButtons)
{
    Button button;
    button.name = name;
    button.subButtons = subButtons;
    return button;
}

Menu conditional(const QList<Button> &buttons, const QString &tagId,
                 const QString &clientPlatformType = QString())
{
    Menu menu;
    menu.buttons = buttons;
    menu.matchRule.tagId = tagId;
    menu.matchRule.clientPlatformType = clientPlatformType;
    return menu;
}

/// Three distinct default menus: D0, D1, D2.
const QList<QList<Button>> &defaultPool()
{
    static const QList<QList<Button>> pool = {
        {click(QStringLiteral(u"今日推荐"), QStringLiteral("V1001_TODAY")),
         parent(QStringLiteral(u"菜单"),
                {view(QStringLiteral(u"搜索"), QStringLiteral("https://www.example.com/search")),
                 click(QStringLiteral(u"赞一下"), QStringLiteral("V1001_GOOD"))})},
        {click(QStringLiteral(u"今日推荐"), QStringLiteral("V1001_TODAY"))},
        {click(QStringLiteral(u"联系我们"), QStringLiteral("CONTACT")),
         view(QStringLiteral(u"官网"), QStringLiteral("https://www.example.com/"))},
    };
    return pool;
}

/// Four distinct conditional menus: A, B, C, D. A and D share a rule but not their buttons.
const QList<Menu> &conditionalPool()
{
    static const QList<Menu> pool = {
        conditional({click(QStringLiteral(u"会员专享"), QStringLiteral("VIP_OFFER"))},
                    QStringLiteral("2")),
        conditional({click(QStringLiteral(u"新客礼包"), QStringLiteral("NEW_GIFT"))},
                    QStringLiteral("100")),
        conditional({view(QStringLiteral("iOS"), QStringLiteral("https://apps.example.com/ios")),
                     click(QStringLiteral(u"帮助"), QStringLiteral("HELP"))},
                    QString(), QStringLiteral("1")),
        conditional({click(QStringLiteral(u"会员专享"), QStringLiteral("VIP_OFFER_2"))},
                    QStringLiteral("2")),
    };
    return pool;
}

QString conditionalName(int index)
{
    return QString(QLatin1Char(char('A' + index)));
}

/**
 * An account or a document in terms of the pools. For a live account, `defaultIndex` -1 means
 * no menu at all; for a wanted document, -1 means the empty document. Conditional menus are
 * pool indexes in priority order: newest (tried first) first, as menu/get lists them.
 */
struct Spec
{
    int defaultIndex = -1;
    QList<int> conditionals;

    bool isEmpty() const { return defaultIndex < 0 && conditionals.isEmpty(); }

    QString describe() const
    {
        QStringList names;
        for (int index : conditionals)
            names.append(conditionalName(index));
        const QString head =
            defaultIndex < 0 ? QStringLiteral("-") : QStringLiteral("D%1").arg(defaultIndex);
        return head + QStringLiteral(" [") + names.join(QLatin1Char(' ')) + QLatin1Char(']');
    }
};

/// The live state as menu/get would read it, newest first: the oldest conditional menu (the
/// last) has the menuid 101, each newer one the next number, so conditionalmenu[0] has the
/// highest.
DocumentData liveDocument(const Spec &spec)
{
    DocumentData data;
    data.hasDefaultMenu = spec.defaultIndex >= 0;
    if (data.hasDefaultMenu) {
        data.defaultMenu.buttons = defaultPool().at(spec.defaultIndex);
        data.defaultMenu.menuId = QStringLiteral("100");
    }
    for (qsizetype i = 0; i < spec.conditionals.size(); ++i) {
        Menu menu = conditionalPool().at(spec.conditionals.at(i));
        menu.menuId = QString::number(101 + spec.conditionals.size() - 1 - i);
        data.conditionalMenus.append(menu);
    }
    return data;
}

/// A document to publish. The empty spec gives a document whose default menu has no button.
DocumentData wantedDocument(const Spec &spec)
{
    DocumentData data;
    data.hasDefaultMenu = true;
    if (spec.defaultIndex >= 0)
        data.defaultMenu.buttons = defaultPool().at(spec.defaultIndex);
    for (int index : spec.conditionals)
        data.conditionalMenus.append(conditionalPool().at(index));
    return data;
}

QStringList lines(const QList<PublishStep> &steps)
{
    QStringList result;
    for (const PublishStep &step : steps)
        result.append(step.line());
    return result;
}

// ---------------------------------------------------------------------------------------------
// A pure model of the API semantics

/// What the account holds, in terms of the pools, newest first; `menuIds` runs beside
/// `conditionals`.
struct SimState
{
    bool hasMenu = false;
    int defaultIndex = -1;
    QList<int> conditionals;
    QStringList menuIds;

    QByteArray key() const
    {
        QByteArray k;
        k.append(char(hasMenu ? 1 : 0));
        k.append(char(defaultIndex + 2));
        for (int c : conditionals)
            k.append(char(c + 1));
        return k;
    }
};

/// menu/create: replaces the default menu and keeps the conditional menus.
void simCreate(SimState &s, int defaultIndex)
{
    s.hasMenu = true;
    s.defaultIndex = defaultIndex;
}

/// menu/delete: removes the default menu and every conditional menu.
void simDelete(SimState &s)
{
    s = SimState();
}

/// menu/addconditional: the added menu becomes the newest (index 0); refused without a
/// default menu.
bool simAdd(SimState &s, int conditionalIndex, const QString &menuId)
{
    if (!s.hasMenu)
        return false;
    s.conditionals.prepend(conditionalIndex);
    s.menuIds.prepend(menuId);
    return true;
}

/// menu/delconditional: removes the menu with that menuid; refused for an unknown one.
bool simDelConditional(SimState &s, const QString &menuId)
{
    const qsizetype at = s.menuIds.indexOf(menuId);
    if (menuId.isEmpty() || at < 0)
        return false;
    s.conditionals.removeAt(at);
    s.menuIds.removeAt(at);
    return true;
}

/// True when the account shows what `wanted` asks for.
bool reached(const SimState &s, const Spec &wanted)
{
    if (wanted.isEmpty())
        return !s.hasMenu && s.conditionals.isEmpty();
    return s.hasMenu && s.defaultIndex == wanted.defaultIndex &&
           std::equal(s.conditionals.cbegin(), s.conditionals.cend(),
                      wanted.conditionals.cbegin(), wanted.conditionals.cend());
}

/**
 * A lower bound of the calls still needed: each add or delconditional changes the count of one
 * menu by one, and a wrong or missing default menu needs a create. Used only to prune the search.
 */
int lowerBound(const SimState &s, const Spec &wanted)
{
    if (wanted.isEmpty())
        return reached(s, wanted) ? 0 : 1;
    QHash<int, int> balance;
    for (int c : s.conditionals)
        balance[c] += 1;
    for (int c : wanted.conditionals)
        balance[c] -= 1;
    int bound = 0;
    for (int count : std::as_const(balance))
        bound += qAbs(count);
    if (!s.hasMenu || s.defaultIndex != wanted.defaultIndex)
        bound += 1;
    return bound;
}

/**
 * The length of the shortest sequence of calls, at most `limit` long, that takes `start` to
 * `wanted`, or -1. Breadth-first over every sequence of: menu/create with the wanted default
 * menu, menu/delconditional of any menu the account holds, menu/addconditional of any wanted
 * menu, and menu/delete, which the rules allow only when the wanted document is empty.
 */
int shortestSequence(const SimState &start, const Spec &wanted, int limit)
{
    QList<int> addable;
    for (int c : wanted.conditionals) {
        if (!addable.contains(c))
            addable.append(c);
    }
    QList<SimState> layer{start};
    QSet<QByteArray> seen{start.key()};
    for (int depth = 0; depth <= limit; ++depth) {
        QList<SimState> next;
        for (const SimState &s : std::as_const(layer)) {
            if (reached(s, wanted))
                return depth;
            if (depth == limit)
                continue;
            QList<SimState> successors;
            if (!wanted.isEmpty()) {
                SimState t = s;
                simCreate(t, wanted.defaultIndex);
                successors.append(t);
            } else {
                SimState t = s;
                simDelete(t);
                successors.append(t);
            }
            for (qsizetype i = 0; i < s.conditionals.size(); ++i) {
                SimState t = s;
                t.conditionals.removeAt(i);
                t.menuIds.removeAt(i);
                successors.append(t);
            }
            for (int c : std::as_const(addable)) {
                SimState t = s;
                if (simAdd(t, c, QString()))
                    successors.append(t);
            }
            for (const SimState &t : std::as_const(successors)) {
                if (depth + 1 + lowerBound(t, wanted) > limit)
                    continue;
                if (!seen.contains(t.key())) {
                    seen.insert(t.key());
                    next.append(t);
                }
            }
        }
        layer = next;
    }
    return -1;
}

/// The state of `data` in terms of the pools; nullopt when it holds a menu outside them.
std::optional<SimState> abstractState(const DocumentData &data)
{
    SimState s;
    s.hasMenu = data.hasDefaultMenu;
    if (s.hasMenu) {
        s.defaultIndex = int(defaultPool().indexOf(data.defaultMenu.buttons));
        if (s.defaultIndex < 0)
            return std::nullopt;
    }
    for (const Menu &menu : data.conditionalMenus) {
        int found = -1;
        for (qsizetype i = 0; i < conditionalPool().size() && found < 0; ++i) {
            if (conditionalPool().at(i).sameContent(menu))
                found = int(i);
        }
        if (found < 0)
            return std::nullopt;
        s.conditionals.append(found);
        s.menuIds.append(menu.menuId);
    }
    return s;
}

QString describe(const SimState &s)
{
    Spec spec;
    spec.defaultIndex = s.hasMenu ? s.defaultIndex : -1;
    spec.conditionals = s.conditionals;
    return spec.describe() + QStringLiteral(" ids ") + s.menuIds.join(QLatin1Char(','));
}

bool sameState(const SimState &a, const SimState &b)
{
    // Element by element: Qt 6.4 compares two empty QList<int> with memcmp(nullptr, ...).
    return a.hasMenu == b.hasMenu && a.defaultIndex == b.defaultIndex &&
           std::equal(a.conditionals.cbegin(), a.conditionals.cend(), b.conditionals.cbegin(),
                      b.conditionals.cend()) &&
           a.menuIds == b.menuIds;
}

// ---------------------------------------------------------------------------------------------
// The sandbox, called in-process

class SandboxSession
{
public:
    SandboxSession()
        : m_api(SandboxOptions(), SandboxState::initial())
    {}

    /// Gets an access token through stable_token; false when refused.
    bool signIn()
    {
        const QJsonObject request{
            {QStringLiteral("grant_type"), QStringLiteral("client_credential")},
            {QStringLiteral("appid"), QStringLiteral("wxsandbox000000000")},
            {QStringLiteral("secret"), QStringLiteral("sandbox-secret")}};
        const QJsonObject reply = call("POST", QStringLiteral("stable_token"),
                                       QJsonDocument(request).toJson(QJsonDocument::Compact));
        m_token = reply.value(QStringLiteral("access_token")).toString();
        return !m_token.isEmpty();
    }

    QByteArray raw(const QByteArray &method, const QString &endpoint, const QByteArray &body = {})
    {
        SandboxRequest request;
        request.method = method;
        request.path = QStringLiteral("/cgi-bin/") + endpoint;
        if (!m_token.isEmpty())
            request.query.addQueryItem(QStringLiteral("access_token"), m_token);
        request.body = body;
        const SandboxReply reply = m_api.handle(request);
        m_lastStatus = reply.httpStatus;
        return reply.body;
    }

    QJsonObject call(const QByteArray &method, const QString &endpoint, const QByteArray &body = {})
    {
        return QJsonDocument::fromJson(raw(method, endpoint, body)).object();
    }

    /// The live state through menu/get; an account without a menu (46003) has no default menu.
    std::optional<DocumentData> read(QString *problem)
    {
        const QByteArray body = raw("GET", QStringLiteral("menu/get"));
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        if (object.value(QStringLiteral("errcode")).toInt() == ErrCode::NoMenu) {
            DocumentData none;
            none.hasDefaultMenu = false;
            return none;
        }
        const ReadResult read = MenuFile::readBytes(body);
        if (!read.ok || read.shape != Shape::MenuGet) {
            *problem = QStringLiteral("menu/get: ") + QString::fromUtf8(body);
            return std::nullopt;
        }
        return read.data;
    }

    /// Runs one step; returns an error text, empty on success. `*menuId` gets an added menuid.
    QString run(const PublishStep &step, const DocumentData &wanted, QString *menuId)
    {
        QJsonObject reply;
        switch (step.kind) {
        case PublishStep::Kind::Create:
            reply = call("POST", step.endpoint(), MenuJsonWriter::createBody(wanted.defaultMenu));
            break;
        case PublishStep::Kind::Delete:
            reply = call("GET", step.endpoint());
            break;
        case PublishStep::Kind::DelConditional:
            reply = call("POST", step.endpoint(),
                         QJsonDocument(QJsonObject{{QStringLiteral("menuid"), step.menuId}})
                             .toJson(QJsonDocument::Compact));
            break;
        case PublishStep::Kind::AddConditional: {
            if (step.wantedIndex < 0 || step.wantedIndex >= wanted.conditionalMenus.size())
                return QStringLiteral("%1: no such wanted menu").arg(step.line());
            reply =
                call("POST", step.endpoint(),
                     MenuJsonWriter::conditionalBody(wanted.conditionalMenus.at(step.wantedIndex)));
            *menuId = reply.value(QStringLiteral("menuid")).toString();
            if (menuId->isEmpty())
                return step.line() + QStringLiteral(": no menuid in ") +
                       QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact));
            return {};
        }
        }
        if (m_lastStatus != 200 || !reply.contains(QStringLiteral("errcode")) ||
            reply.value(QStringLiteral("errcode")).toInt() != 0) {
            return step.line() + QStringLiteral(": ") +
                   QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact));
        }
        return {};
    }

private:
    SandboxApi m_api;
    QString m_token;
    int m_lastStatus = 0;
};

/// Applies a plan step to the model; false when the model refuses it.
bool simStep(SimState &s, const PublishStep &step, const Spec &wanted, const QString &addedId)
{
    switch (step.kind) {
    case PublishStep::Kind::Create:
        if (wanted.defaultIndex < 0)
            return false;
        simCreate(s, wanted.defaultIndex);
        return true;
    case PublishStep::Kind::Delete:
        simDelete(s);
        return true;
    case PublishStep::Kind::DelConditional:
        return simDelConditional(s, step.menuId);
    case PublishStep::Kind::AddConditional:
        if (step.wantedIndex < 0 || step.wantedIndex >= wanted.conditionals.size())
            return false;
        return simAdd(s, wanted.conditionals.at(step.wantedIndex), addedId);
    }
    return false;
}

Spec randomSpec(QRandomGenerator &random)
{
    Spec spec;
    spec.defaultIndex = int(random.bounded(3));
    const int count = int(random.bounded(5));
    for (int i = 0; i < count; ++i)
        spec.conditionals.append(int(random.bounded(4)));
    return spec;
}

/// A wanted list close to `live`: up to two random removals, insertions or swaps.
QList<int> nearby(const QList<int> &live, QRandomGenerator &random)
{
    QList<int> list = live;
    const int edits = int(random.bounded(3));
    for (int e = 0; e < edits; ++e) {
        const int kind = int(random.bounded(3));
        if (kind == 0 && !list.isEmpty()) {
            list.removeAt(random.bounded(int(list.size())));
        } else if (kind == 1 && list.size() < 4) {
            list.insert(random.bounded(int(list.size()) + 1), int(random.bounded(4)));
        } else if (list.size() >= 2) {
            const int i = random.bounded(int(list.size()) - 1);
            list.swapItemsAt(i, i + 1);
        }
    }
    return list;
}

} // namespace

class TestPublishPlanner : public QObject
{
    Q_OBJECT

private slots:
    void plans_data();
    void plans();
    void emptyDocument_data();
    void emptyDocument();
    void simulatorMatchesSandbox();
    void addingOneMenuKeepsTheLiveOnes();
    void randomPlansAreCorrectAndMinimal();
};

void TestPublishPlanner::plans_data()
{
    QTest::addColumn<DocumentData>("live");
    QTest::addColumn<DocumentData>("wanted");
    QTest::addColumn<QStringList>("expected");

    const auto live = [](int d, const QList<int> &c) { return liveDocument({d, c}); };
    const auto wanted = [](int d, const QList<int> &c) { return wantedDocument({d, c}); };
    const QString create = QStringLiteral("menu/create menu");
    const QString remove = QStringLiteral("menu/delete menu");
    const auto del = [](int menuId) {
        return QStringLiteral("menu/delconditional %1").arg(menuId);
    };
    const auto add = [](int index) {
        return QStringLiteral("menu/addconditional conditionalmenu[%1]").arg(index);
    };
    // Pool indexes of the conditional menus.
    const int A = 0, B = 1, C = 2, D = 3;

    QTest::newRow("identical") << live(0, {A, B}) << wanted(0, {A, B}) << QStringList();
    QTest::newRow("identical, default only") << live(1, {}) << wanted(1, {}) << QStringList();
    QTest::newRow("only the default differs")
        << live(0, {A, B}) << wanted(1, {A, B}) << QStringList{create};
    QTest::newRow("default buttons reordered") << live(2, {}) << [] {
        DocumentData data = wantedDocument({2, {}});
        std::swap(data.defaultMenu.buttons[0], data.defaultMenu.buttons[1]);
        return data;
    }() << QStringList{create};
    QTest::newRow("a sub-button of the default changed") << live(0, {A}) << [] {
        DocumentData data = wantedDocument({0, {0}});
        data.defaultMenu.buttons[1].subButtons[1].key = QStringLiteral("V1001_BETTER");
        return data;
    }() << QStringList{create};
    // Lists are newest first; live menuids grow with age: the last live menu has 101.
    QTest::newRow("a new conditional menu, the newest")
        << live(0, {A}) << wanted(0, {B, A}) << QStringList{add(0)};
    // Adding one menu to an account keeps every live menu and adds only the new one.
    QTest::newRow("one added to three live")
        << live(0, {C, B, A}) << wanted(0, {D, C, B, A}) << QStringList{add(0)};
    // From the oldest to the newest: C first, then A, which ends up tried first.
    QTest::newRow("two added to none")
        << live(0, {}) << wanted(0, {A, C}) << QStringList{add(1), add(0)};
    // K = 0: the oldest wanted menu, A, is not live, so C (102) and B (101) go, newest first,
    // and all three are added from the oldest.
    QTest::newRow("oldest wanted missing from live")
        << live(0, {C, B}) << wanted(0, {C, B, A})
        << QStringList{del(102), del(101), add(2), add(1), add(0)};
    // Wanted [A, B] against live [B (102), A (101)]: K = [B] (102); A (101) goes and is added
    // again, as the newest.
    QTest::newRow("reorder") << live(0, {B, A}) << wanted(0, {A, B})
                             << QStringList{del(101), add(0)};
    // Wanted [B, A] against live [A (102), B (101)]: K = [A] (102); B goes and comes back.
    QTest::newRow("reorder, other way")
        << live(0, {A, B}) << wanted(0, {B, A}) << QStringList{del(101), add(0)};
    QTest::newRow("live has extra menus")
        << live(0, {D, B, C, A}) << wanted(0, {B, A}) << QStringList{del(104), del(102)};
    QTest::newRow("all conditional menus go")
        << live(1, {C, B, A}) << wanted(1, {}) << QStringList{del(103), del(102), del(101)};
    // K = [A, C] (101, 103); B (102) goes; D is added; the default differs.
    QTest::newRow("create, delete and add")
        << live(0, {C, B, A}) << wanted(1, {D, C, A}) << QStringList{create, del(102), add(0)};
    // Oldest embedding: the oldest A (101) and B (103) are kept; the newer A (102) goes.
    QTest::newRow("duplicate live menu")
        << live(0, {B, A, A}) << wanted(0, {B, A}) << QStringList{del(102)};
    QTest::newRow("duplicate wanted menu")
        << live(0, {A, B, A}) << wanted(0, {A, A}) << QStringList{del(102)};
    QTest::newRow("duplicate wanted menu, one live")
        << live(0, {A}) << wanted(0, {A, A}) << QStringList{add(0)};
    // K = [A] (102) only: B is not newer than A in live, so C (103) and B (101) go, then B and
    // C are added.
    QTest::newRow("the run of oldest menus stops at the first miss")
        << live(2, {C, A, B}) << wanted(2, {C, B, A})
        << QStringList{del(103), del(101), add(1), add(0)};
    QTest::newRow("empty document") << live(0, {A}) << wanted(-1, {}) << QStringList{remove};
    QTest::newRow("empty document, default only")
        << live(2, {}) << wanted(-1, {}) << QStringList{remove};
    QTest::newRow("empty document without a menu key") << live(1, {A, B}) << [] {
        DocumentData data;
        data.hasDefaultMenu = false;
        return data;
    }() << QStringList{remove};
    QTest::newRow("empty document and empty live")
        << live(-1, {}) << wanted(-1, {}) << QStringList();
    QTest::newRow("live without a menu")
        << live(-1, {}) << wanted(0, {A, B}) << QStringList{create, add(1), add(0)};
    QTest::newRow("live without a menu, default only")
        << live(-1, {}) << wanted(2, {}) << QStringList{create};

    // Match rules compare after white space is trimmed from their values.
    DocumentData padded = live(0, {A, C});
    padded.conditionalMenus[0].matchRule.tagId = QStringLiteral(" 2 ");
    padded.conditionalMenus[1].matchRule.clientPlatformType = QStringLiteral("1 ");
    QTest::newRow("match rules equal after normalization")
        << padded << wanted(0, {A, C}) << QStringList();
    DocumentData otherTag = live(0, {A, C});
    otherTag.conditionalMenus[0].matchRule.tagId = QStringLiteral("3");
    QTest::newRow("match rule of the newest differs")
        << otherTag << wanted(0, {A, C}) << QStringList{del(102), add(0)};
    DocumentData otherPlatform = live(0, {A, C});
    otherPlatform.conditionalMenus[1].matchRule.clientPlatformType = QStringLiteral("2");
    QTest::newRow("match rule of the oldest differs")
        << otherPlatform << wanted(0, {A, C}) << QStringList{del(102), del(101), add(1), add(0)};

    // There is no update call: a changed conditional menu is deleted and added again.
    DocumentData changed = wanted(0, {B, A});
    changed.conditionalMenus[0].buttons[0].key = QStringLiteral("NEW_GIFT_2");
    QTest::newRow("changed button in the newest conditional menu")
        << live(0, {B, A}) << changed << QStringList{del(102), add(0)};
    DocumentData renamed = wanted(0, {C, A});
    renamed.conditionalMenus[1].buttons[0].name = QStringLiteral(u"会员");
    QTest::newRow("renamed button in the oldest conditional menu")
        << live(0, {C, A}) << renamed << QStringList{del(102), del(101), add(1), add(0)};
}

void TestPublishPlanner::plans()
{
    QFETCH(DocumentData, live);
    QFETCH(DocumentData, wanted);
    QFETCH(QStringList, expected);

    QCOMPARE(lines(PublishPlanner::plan(live, wanted)), expected);
}

void TestPublishPlanner::emptyDocument_data()
{
    QTest::addColumn<DocumentData>("document");
    QTest::addColumn<bool>("empty");

    QTest::newRow("default menu without buttons") << wantedDocument({-1, {}}) << true;
    DocumentData noMenu;
    noMenu.hasDefaultMenu = false;
    QTest::newRow("no menu key") << noMenu << true;
    QTest::newRow("default menu") << wantedDocument({0, {}}) << false;
    QTest::newRow("default and conditional") << wantedDocument({0, {1}}) << false;
    DocumentData conditionalOnly = wantedDocument({-1, {1}});
    QTest::newRow("conditional only") << conditionalOnly << false;
}

void TestPublishPlanner::emptyDocument()
{
    QFETCH(DocumentData, document);
    QFETCH(bool, empty);

    QCOMPARE(PublishPlanner::isEmptyDocument(document), empty);
}

// The model the minimality search runs on agrees with the sandbox, refusals included.
void TestPublishPlanner::simulatorMatchesSandbox()
{
    SandboxSession account;
    QVERIFY(account.signIn());
    SimState sim;
    QString problem;

    const auto check = [&]() -> bool {
        const std::optional<DocumentData> live = account.read(&problem);
        if (!live)
            return false;
        const std::optional<SimState> state = abstractState(*live);
        if (!state || !sameState(*state, sim)) {
            problem = QStringLiteral("sandbox %1, model %2")
                          .arg(state ? describe(*state) : QStringLiteral("?"), describe(sim));
            return false;
        }
        return true;
    };
    const auto add = [&](int index) {
        const QJsonObject reply =
            account.call("POST", QStringLiteral("menu/addconditional"),
                         MenuJsonWriter::conditionalBody(conditionalPool().at(index)));
        const QString menuId = reply.value(QStringLiteral("menuid")).toString();
        const bool modelAccepts = simAdd(sim, index, menuId);
        return std::make_pair(!menuId.isEmpty(), modelAccepts);
    };
    const auto create = [&](int index) {
        Menu menu;
        menu.buttons = defaultPool().at(index);
        const QJsonObject reply =
            account.call("POST", QStringLiteral("menu/create"), MenuJsonWriter::createBody(menu));
        simCreate(sim, index);
        return reply.value(QStringLiteral("errcode")).toInt(-1) == 0;
    };
    const auto delConditional = [&](const QString &menuId) {
        const QJsonObject reply =
            account.call("POST", QStringLiteral("menu/delconditional"),
                         QJsonDocument(QJsonObject{{QStringLiteral("menuid"), menuId}}).toJson());
        const bool modelAccepts = simDelConditional(sim, menuId);
        return std::make_pair(reply.value(QStringLiteral("errcode")).toInt(-1) == 0, modelAccepts);
    };

    QVERIFY2(check(), qPrintable(problem));
    // No default menu: addconditional is refused by both.
    QCOMPARE(add(0), std::make_pair(false, false));
    QVERIFY2(check(), qPrintable(problem));
    QVERIFY(create(0));
    QCOMPARE(add(0), std::make_pair(true, true));
    QCOMPARE(add(1), std::make_pair(true, true));
    QCOMPARE(add(0), std::make_pair(true, true));
    QVERIFY2(check(), qPrintable(problem));
    // menu/create replaces the default menu and keeps the conditional menus.
    QVERIFY(create(2));
    QVERIFY2(check(), qPrintable(problem));
    const QString middle = sim.menuIds.at(1);
    QCOMPARE(delConditional(middle), std::make_pair(true, true));
    QVERIFY2(check(), qPrintable(problem));
    // An unknown menuid is refused by both.
    QCOMPARE(delConditional(middle), std::make_pair(false, false));
    QCOMPARE(delConditional(QStringLiteral("1")), std::make_pair(false, false));
    QVERIFY2(check(), qPrintable(problem));
    // menu/delete removes everything.
    QCOMPARE(account.call("GET", QStringLiteral("menu/delete"))
                 .value(QStringLiteral("errcode"))
                 .toInt(-1),
             0);
    simDelete(sim);
    QVERIFY2(check(), qPrintable(problem));
    QCOMPARE(add(3), std::make_pair(false, false));
    QVERIFY2(check(), qPrintable(problem));
}

void TestPublishPlanner::addingOneMenuKeepsTheLiveOnes()
{
    // An account where A, then B, then C were added: menu/get lists C, B, A. The document
    // pulled from it with one new menu on top asks for a single call, and after it the
    // account lists the new menu first and still holds every earlier menu under its menuid.
    SandboxSession account;
    QVERIFY(account.signIn());
    Menu defaultMenu;
    defaultMenu.buttons = defaultPool().at(0);
    QCOMPARE(
        account.call("POST", QStringLiteral("menu/create"), MenuJsonWriter::createBody(defaultMenu))
            .value(QStringLiteral("errcode"))
            .toInt(-1),
        0);
    QStringList addedIds;
    for (int index : {0, 1, 2}) {
        const QJsonObject reply =
            account.call("POST", QStringLiteral("menu/addconditional"),
                         MenuJsonWriter::conditionalBody(conditionalPool().at(index)));
        addedIds.prepend(reply.value(QStringLiteral("menuid")).toString());
    }
    QString problem;
    const std::optional<DocumentData> live = account.read(&problem);
    QVERIFY2(live, qPrintable(problem));
    QStringList liveIds;
    for (const Menu &menu : live->conditionalMenus)
        liveIds.append(menu.menuId);
    QCOMPARE(liveIds, addedIds); // newest first

    DocumentData wanted = *live;
    wanted.conditionalMenus.prepend(conditionalPool().at(3));
    const QList<PublishStep> plan = PublishPlanner::plan(*live, wanted);
    QCOMPARE(lines(plan), QStringList{QStringLiteral("menu/addconditional conditionalmenu[0]")});

    QString newId;
    const QString failure = account.run(plan.first(), wanted, &newId);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const std::optional<DocumentData> after = account.read(&problem);
    QVERIFY2(after, qPrintable(problem));
    QStringList afterIds;
    for (const Menu &menu : after->conditionalMenus)
        afterIds.append(menu.menuId);
    QCOMPARE(afterIds, QStringList{newId} + addedIds);
    QVERIFY(after->conditionalMenus.first().sameContent(conditionalPool().at(3)));
    QVERIFY(PublishPlanner::plan(*after, wanted).isEmpty());
}

void TestPublishPlanner::randomPlansAreCorrectAndMinimal()
{
    QRandomGenerator random(20240611);
    const int cases = 300;
    int withCreate = 0, withDelete = 0, withDelConditional = 0, withAdd = 0, keptAndDeleted = 0,
        noSteps = 0, noLiveMenu = 0, longest = 0;

    for (int n = 0; n < cases; ++n) {
        Spec live;
        if (random.bounded(5) != 0)
            live = randomSpec(random);
        Spec wanted;
        if (random.bounded(7) != 0) {
            wanted = randomSpec(random);
            if (random.bounded(2) == 0 && live.defaultIndex >= 0)
                wanted.defaultIndex = live.defaultIndex;
            if (random.bounded(2) == 0)
                wanted.conditionals = nearby(live.conditionals, random);
        }
        const QString label = QStringLiteral("case %1: live %2, wanted %3")
                                  .arg(n)
                                  .arg(live.describe(), wanted.describe());

        // (a) The live state, made through the API and read back with menu/get.
        SandboxSession account;
        QVERIFY2(account.signIn(), qPrintable(label));
        if (live.defaultIndex >= 0) {
            Menu menu;
            menu.buttons = defaultPool().at(live.defaultIndex);
            const QJsonObject reply = account.call("POST", QStringLiteral("menu/create"),
                                                   MenuJsonWriter::createBody(menu));
            QVERIFY2(reply.value(QStringLiteral("errcode")).toInt(-1) == 0, qPrintable(label));
        }
        // From the oldest (the last) to the newest: each added menu becomes the newest.
        for (qsizetype i = live.conditionals.size() - 1; i >= 0; --i) {
            const int index = live.conditionals.at(i);
            const QJsonObject reply =
                account.call("POST", QStringLiteral("menu/addconditional"),
                             MenuJsonWriter::conditionalBody(conditionalPool().at(index)));
            QVERIFY2(!reply.value(QStringLiteral("menuid")).toString().isEmpty(),
                     qPrintable(label + QStringLiteral(": ") +
                                QString::fromUtf8(QJsonDocument(reply).toJson())));
        }
        QString problem;
        const std::optional<DocumentData> liveData = account.read(&problem);
        QVERIFY2(liveData, qPrintable(label + QStringLiteral(": ") + problem));
        const std::optional<SimState> start = abstractState(*liveData);
        QVERIFY2(start, qPrintable(label + QStringLiteral(": live state outside the pools")));
        QVERIFY2(start->hasMenu == (live.defaultIndex >= 0) &&
                     start->defaultIndex == live.defaultIndex &&
                     std::equal(start->conditionals.cbegin(), start->conditionals.cend(),
                                live.conditionals.cbegin(), live.conditionals.cend()),
                 qPrintable(label + QStringLiteral(": read back as ") + describe(*start)));

        // (b) The plan.
        const DocumentData wantedData = wantedDocument(wanted);
        const QList<PublishStep> plan = PublishPlanner::plan(*liveData, wantedData);
        const QString planText = lines(plan).join(QStringLiteral("; "));
        const QString context = label + QStringLiteral(", plan: ") + planText;

        // (c) Run it against the sandbox, step by step beside the model.
        SimState sim = *start;
        for (const PublishStep &step : plan) {
            QString addedId;
            const QString failure = account.run(step, wantedData, &addedId);
            QVERIFY2(failure.isEmpty(), qPrintable(context + QStringLiteral(": ") + failure));
            QVERIFY2(simStep(sim, step, wanted, addedId),
                     qPrintable(context + QStringLiteral(": the model refuses ") + step.line()));
            const std::optional<DocumentData> now = account.read(&problem);
            QVERIFY2(now, qPrintable(context + QStringLiteral(": ") + problem));
            const std::optional<SimState> nowState = abstractState(*now);
            QVERIFY2(nowState && sameState(*nowState, sim),
                     qPrintable(context + QStringLiteral(": after ") + step.line() +
                                QStringLiteral(" the sandbox holds ") +
                                (nowState ? describe(*nowState) : QStringLiteral("?")) +
                                QStringLiteral(", the model ") + describe(sim)));
        }

        // (d) The account now shows the wanted document.
        const std::optional<DocumentData> after = account.read(&problem);
        QVERIFY2(after, qPrintable(context + QStringLiteral(": ") + problem));
        if (wanted.isEmpty()) {
            QVERIFY2(!after->hasDefaultMenu && after->conditionalMenus.isEmpty(),
                     qPrintable(context + QStringLiteral(": the account still has a menu")));
        } else {
            QVERIFY2(after->hasDefaultMenu, qPrintable(context));
            QVERIFY2(after->defaultMenu.buttons == wantedData.defaultMenu.buttons,
                     qPrintable(context + QStringLiteral(": default menu differs")));
            QVERIFY2(after->conditionalMenus.size() == wantedData.conditionalMenus.size(),
                     qPrintable(context + QStringLiteral(": conditional menu count differs")));
            for (qsizetype i = 0; i < wantedData.conditionalMenus.size(); ++i) {
                QVERIFY2(
                    after->conditionalMenus.at(i).sameContent(wantedData.conditionalMenus.at(i)),
                    qPrintable(context + QStringLiteral(": conditionalmenu[%1] differs").arg(i)));
            }
        }
        QVERIFY2(reached(sim, wanted), qPrintable(context + QStringLiteral(": model not reached")));

        // (e) No shorter sequence of calls reaches the wanted state.
        const int length = int(plan.size());
        const int shortest = shortestSequence(*start, wanted, length);
        QVERIFY2(
            shortest == length,
            qPrintable(context + QStringLiteral(": a sequence of %1 calls exists").arg(shortest)));

        bool creates = false, deletes = false, delConditionals = false, adds = false;
        for (const PublishStep &step : plan) {
            creates |= step.kind == PublishStep::Kind::Create;
            deletes |= step.kind == PublishStep::Kind::Delete;
            delConditionals |= step.kind == PublishStep::Kind::DelConditional;
            adds |= step.kind == PublishStep::Kind::AddConditional;
        }
        withCreate += creates;
        withDelete += deletes;
        withDelConditional += delConditionals;
        withAdd += adds;
        noSteps += plan.isEmpty();
        noLiveMenu += !start->hasMenu;
        keptAndDeleted += delConditionals && adds &&
                          int(plan.count()) < live.conditionals.size() +
                                                  wanted.conditionals.size() + (creates ? 1 : 0);
        longest = qMax(longest, length);
    }

    // The draw covers every kind of plan.
    QVERIFY(withCreate > 0);
    QVERIFY(withDelete > 0);
    QVERIFY(withDelConditional > 0);
    QVERIFY(withAdd > 0);
    QVERIFY(noSteps > 0);
    QVERIFY(noLiveMenu > 0);
    QVERIFY(keptAndDeleted > 0);
    QVERIFY(longest >= 6);
}

QTEST_GUILESS_MAIN(TestPublishPlanner)
#include "tst_publishplanner.moc"
