#pragma once

#include <QElapsedTimer>
#include <QList>

/// Summaries of timings in milliseconds, shared by the benchmarks.
namespace BenchStats {

double median(QList<double> values);
/// The nearest-rank percentile `p` (0-100) of `values`; 0 for an empty list.
double percentile(QList<double> values, double p);
double maximum(const QList<double> &values);
/// The time `timer` has run, in milliseconds.
double elapsedMs(const QElapsedTimer &timer);

} // namespace BenchStats
