using System.Diagnostics;

namespace QuoteSearch.Benchmarks.Macro;

/// <summary>Latency of a repeated operation: warm-up rounds first, then p50 and p99 over the measured ones.</summary>
internal sealed record Percentiles(double P50Ms, double P99Ms, int Runs)
{
    /// <summary>
    /// Warm-up lasts at least this long, on both sides of a comparison, as on a server that has been up a while
    /// (the HTTP run has its unmeasured 5 s too). Fifty rounds left the .NET side measuring code the JIT had not
    /// yet optimised: in a harness at 1.2M quotes, "everything X said" gave p50 1.77 ms in the first 500 searches
    /// and 0.64–0.85 ms in the next rounds.
    /// </summary>
    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(2);

    public static Percentiles Measure(int warmup, int runs, Action<int> operation)
    {
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < warmup || warming.Elapsed < MinimumWarmUp; i++) operation(i);
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
