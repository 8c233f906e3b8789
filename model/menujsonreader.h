#pragma once

#include "readresult.h"

#include <QCoreApplication>
#include <QJsonObject>

/**
 * Converts parsed JSON in any shape WeChat speaks into DocumentData.
 *
 * Structural problems (a `button` that is not an array, a button that is not an object) make
 * the read fail with the JSON path. A field of the wrong JSON type (a button field that is not
 * text) is kept in the button's extras for the validator to report; numbers are read as strings
 * only where WeChat itself sends them (match-rule fields, `menuid`).
 */
class MenuJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(MenuJsonReader)

public:
    static Shape detectShape(const QJsonObject &root);
    /// `source` MenuGet reads an answer known to come from menu/get as one even without menuids.
    static ReadResult read(const QJsonObject &root, Shape source = Shape::Unknown);
    /// Reads an array of button objects (a clipboard or drag payload); false with `error` set.
    static bool readButtonArray(const QJsonValue &value, QList<Button> *buttons, ReadError *error);

private:
    explicit MenuJsonReader(Shape shape)
        : m_shape(shape)
    {}

    bool readDocument(const QJsonObject &root, DocumentData &data);
    bool readMenu(const QJsonObject &object, const QString &path, Menu &menu, bool conditional);
    bool readButtons(const QJsonValue &value, const QString &path, QList<Button> &buttons);
    bool readButton(const QJsonValue &value, const QString &path, Button &button);
    MatchRule readMatchRule(const QJsonObject &object) const;
    bool fail(const QString &path, const QString &message);

    Shape m_shape;
    ReadError m_error;
    QStringList m_listSubButtons; ///< paths of sub_button written as {"list":[...]}
};
