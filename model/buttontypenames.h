#pragma once

#include "button.h"

#include <QCoreApplication>
#include <QString>

/// The plain-language names of the button types and fields, for people who do not know the
/// API names.
class ButtonTypeNames
{
    Q_DECLARE_TR_FUNCTIONS(ButtonTypeNames)

public:
    /// "Open a web page" for "view"; the API name itself for a type WeChat does not list.
    static QString label(const QString &type);
    /// "Open a web page (view)".
    static QString labelWithApiName(const QString &type);
    /// "web page link" for ButtonField::Url.
    static QString fieldName(ButtonField field);
    /// "web page link (url)".
    static QString fieldNameWithKey(ButtonField field);
};
