using QuoteSearch.Cli.Tests.Support;
using QuoteSearch.Core.Synthetic;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Cli.Tests.Commands;

/// <summary>
/// Killing the indexer at random moments never leaves an index that will not open, and running the same ingest
/// again ends with exactly the articles and quotes of a clean run: none duplicated, none lost.
/// </summary>
public sealed class CrashSafetyTests
{
    [Fact]
    public void An_ingest_killed_several_times_then_rerun_equals_a_clean_run()
    {
        using var dir = new TempDir();
        var articles = Path.Combine(dir.Path, "articles");
        Directory.CreateDirectory(articles);
        foreach (var item in new SyntheticCorpus(seed: 11).Articles(1500))
        {
            File.WriteAllText(Path.Combine(articles, item.FileName), item.Text);
        }

        var clean = Path.Combine(dir.Path, "clean");
        Assert.Equal(0, CliProcess.Invoke("index", articles, "--index", clean).ExitCode);
        var expected = CliProcess.Invoke("stats", "--index", clean, "--json").Stdout;

        var crashed = Path.Combine(dir.Path, "crashed");
        var random = new Random(3);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            // Small batches, so kills land between commits as well as inside them.
            KillAfter(TimeSpan.FromMilliseconds(random.Next(300, 1800)), "index", articles, "--index", crashed, "--commit-every", "100");
            if (Directory.Exists(crashed)
                && Directory.EnumerateFiles(crashed).Any(f => Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)))
            {
                Assert.Equal(0, CliProcess.Invoke("stats", "--index", crashed, "--json").ExitCode); // the index always opens
            }
        }
        Assert.Equal(0, CliProcess.Invoke("index", articles, "--index", crashed).ExitCode);
        Assert.Equal(expected, CliProcess.Invoke("stats", "--index", crashed, "--json").Stdout);
        // Same speakers with the same counts: nothing duplicated or lost (result order may differ between segment layouts).
        static string[] Sorted(string lines) =>
            lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            Sorted(CliProcess.Invoke("speakers", "--index", clean, "--json").Stdout),
            Sorted(CliProcess.Invoke("speakers", "--index", crashed, "--json").Stdout));
    }

    private static void KillAfter(TimeSpan delay, params string[] args)
    {
        using var process = CliProcess.Start(args);
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(delay)) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }
}
