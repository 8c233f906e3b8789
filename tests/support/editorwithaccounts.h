#pragma once

#include "scriptedprompter.h"

#include <accounts.h>
#include <mainwindow.h>
#include <memorysecretstore.h>
#include <menudocument.h>
#include <publishhistory.h>
#include <recoverystore.h>

#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

/**
 * A real editor window with its accounts (the built-in Sandbox on loopback), a publish history
 * and a recovery store in a temporary folder, its questions answered by a ScriptedPrompter: what
 * the GUI tests of publishing, help, link checks and agencies start from.
 */
struct EditorWithAccounts
{
    std::unique_ptr<QTemporaryDir> dir;
    ScriptedPrompter prompter;
    std::unique_ptr<MemorySecretStore> keychain;
    std::unique_ptr<Accounts> accounts;
    std::unique_ptr<PublishHistory> history;
    std::unique_ptr<RecoveryStore> recovery;
    std::unique_ptr<MainWindow> window;

    /// Clears the settings, builds every part anew and shows the window.
    void start()
    {
        dir = std::make_unique<QTemporaryDir>();
        QSettings().clear();
        prompter = ScriptedPrompter();
        keychain = std::make_unique<MemorySecretStore>();
        accounts = std::make_unique<Accounts>(keychain.get(),
                                              dir->filePath(QStringLiteral("sandbox/state.json")));
        history = std::make_unique<PublishHistory>(dir->filePath(QStringLiteral("history")));
        recovery = std::make_unique<RecoveryStore>(dir->filePath(QStringLiteral("recovery")));
        window =
            std::make_unique<MainWindow>(&prompter, recovery.get(), accounts.get(), history.get());
        window->show();
    }

    /// Closes the window without asking about its edits, then removes every part, the window
    /// before what it shows.
    void stop()
    {
        if (window)
            window->document()->undoStack()->setClean();
        window.reset();
        recovery.reset();
        accounts.reset();
        history.reset();
        dir.reset();
    }
};
