using System.Diagnostics;

namespace QuoteSearch.Benchmarks.Macro;

/// <summary>Latency of a repeated operation: warm-up rounds first, then p50 and p99 over the measured ones.</summary>
internal sealed record Percentiles(double P50Ms, double P99Ms, int Runs)
{
    public static Percentiles Measure(int warmup, int runs, Action<int> operation)
    {
        for (var i = 0; i < warmup; i++) operation(i);
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            operation(warmup + i);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return new Percentiles(times[runs / 2], times[Math.Min(runs - 1, (int)Math.Ceiling(runs * 0.99) - 1)], runs);
    }

    public override string ToString() => $"p50 {P50Ms:F2} ms, p99 {P99Ms:F2} ms";
}
