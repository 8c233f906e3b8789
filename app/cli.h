#pragma once

#include <QCoreApplication>

/// Translation context for the command-line texts.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
