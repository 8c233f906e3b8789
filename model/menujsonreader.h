#pragma once

#include "readresult.h"

#include <QCoreApplication>
#include <QJsonObject>

/**
 * Converts parsed JSON in any shape WeChat speaks into DocumentData.
 *
 * Structural problems (a `button` that is not an array, a button that is not an object) make
 * the read fail with the JSON path. A field of the wrong JSON type is kept in the button's
 * extras for the validator to report; numbers where the API shows strings are read as strings.
 */
class MenuJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(MenuJsonReader)

public:
    static Shape detectShape(const QJsonObject &root);
    static ReadResult read(const QJsonObject &root);
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
};
