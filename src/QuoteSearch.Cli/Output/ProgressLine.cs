using System.Diagnostics;

namespace QuoteSearch.Cli.Output;

/// <summary>
/// A progress line on stderr for long runs: articles done, rate, bytes read and time left (estimated from bytes).
/// Silent for runs shorter than two seconds, so small jobs print nothing extra.
/// </summary>
internal sealed class ProgressLine(string verb, long totalBytes)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan lastPrint = TimeSpan.Zero;
    private long articles;
    private long bytes;

    public void Advance(int articleCount, long byteCount)
    {
        articles += articleCount;
        bytes += byteCount;
        var now = clock.Elapsed;
        if (now < TimeSpan.FromSeconds(2) || now - lastPrint < TimeSpan.FromSeconds(1)) return;
        lastPrint = now;
        Console.Error.WriteLine(Describe(now));
    }

    public void Finish()
    {
        if (clock.Elapsed >= TimeSpan.FromSeconds(2)) Console.Error.WriteLine(Describe(clock.Elapsed) + " done");
    }

    private string Describe(TimeSpan elapsed)
    {
        var rate = articles / Math.Max(elapsed.TotalSeconds, 0.001);
        var fraction = totalBytes == 0 ? 1 : Math.Min(1, (double)bytes / totalBytes);
        var left = fraction <= 0 ? "?" : $"{elapsed.TotalSeconds * (1 - fraction) / fraction:F0}s";
        return $"{verb} {articles:N0} articles ({rate:N0}/s), {bytes / 1e6:F1} of {totalBytes / 1e6:F1} MB, ~{left} left";
    }
}
