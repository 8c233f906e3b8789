#pragma once

class QCoreApplication;

/// Loads WeMenu's and Qt's translations for the system locale into `app`.
void installTranslations(QCoreApplication &app);
