#pragma once

#include <QStringList>

/// `wemenu campaign add|list|cancel|run-due`: menus that go live at a set time and step back.
namespace CampaignCommand {
/// `arguments` starts with the program name, without the word "campaign". Returns the exit code.
int run(const QStringList &arguments);
} // namespace CampaignCommand
