#pragma once

#include <documentdata.h>
#include <issue.h>

#include <QCommandLineOption>

class QCommandLineParser;

/**
 * `validate --check-links [--link-timeout S]`: asks every link of the document (view and
 * miniprogram buttons) and returns the warnings (`link.status`, `link.unreachable`,
 * `link.tls`). Without --check-links nothing is asked. On the command line the option is the
 * user's consent to ask links on private and loopback addresses too.
 */
class LinkCheckRun
{
public:
    LinkCheckRun();

    /// Adds --check-links and --link-timeout to `parser`.
    void addOptions(QCommandLineParser &parser) const;
    /// Reads the options; false with `error` set for a bad --link-timeout.
    bool readOptions(const QCommandLineParser &parser, QString *error);
    /// The paragraph of the usage about the options.
    static QString usage();

    bool isEnabled() const { return m_enabled; }
    int timeoutMs() const { return m_timeoutMs; }

    /// Asks every link of `data` and waits for all of them; nothing when not enabled.
    IssueList run(const DocumentData &data) const;

private:
    QCommandLineOption m_checkLinks;
    QCommandLineOption m_timeout;
    bool m_enabled = false;
    int m_timeoutMs;
};
