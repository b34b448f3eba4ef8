using QuoteSearch.Core.Reading;

namespace QuoteSearch.Cli.Output;

/// <summary>
/// Reports read problems on stderr and remembers whether any input failed, for the exit code. Failures may be reported
/// from several ingest threads at once.
/// </summary>
internal sealed class Diagnostics
{
    private int failures;

    public int Failures => Volatile.Read(ref failures);

    public bool Report(ReadOutcome outcome)
    {
        if (outcome.Warning is not null) Console.Error.WriteLine($"warning: {outcome.Warning}");
        if (outcome.Error is null) return true;
        Console.Error.WriteLine($"error: {outcome.Error}");
        Interlocked.Increment(ref failures);
        return false;
    }

    public void Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        Interlocked.Increment(ref failures);
    }

    /// <summary>A warning line; a <paramref name="failing"/> one also makes the exit code non-zero.</summary>
    public void Warn(string message, bool failing = false)
    {
        Console.Error.WriteLine($"warning: {message}");
        if (failing) Interlocked.Increment(ref failures);
    }

    public int ExitCode => Failures == 0 ? 0 : 1;
}
