using System.Diagnostics;
using System.Text.Json;
using QuoteSearch.Cli.Tests.Support;
using QuoteSearch.Core.Synthetic;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Cli.Tests.Commands;

/// <summary>
/// Killing the indexer at random moments (start-up, inside a commit, mid-ingest) never leaves an index that will
/// not open, never loses a committed article, and running the same ingest again ends with exactly the articles and
/// quotes of a clean run: none duplicated, none lost. `make crash` runs the long version of this under CPU load.
/// </summary>
public sealed class CrashSafetyTests
{
    private enum Moment { StartUp, Commit, Ingest }

    // Seeded, so a failure can be replayed: start-up kills land before or inside the run's first commit.
    private static readonly Moment[] Kills =
        [Moment.StartUp, Moment.Commit, Moment.Ingest, Moment.StartUp, Moment.Commit, Moment.StartUp, Moment.Commit, Moment.Ingest];

    [Fact]
    public void An_ingest_killed_many_times_then_rerun_equals_a_clean_run_and_never_loses_a_commit()
    {
        using var dir = new TempDir();
        var articles = Path.Combine(dir.Path, "articles");
        Directory.CreateDirectory(articles);
        foreach (var item in new SyntheticCorpus(seed: 11).Articles(600))
        {
            File.WriteAllText(Path.Combine(articles, item.FileName), item.Text);
        }
        var clean = Path.Combine(dir.Path, "clean");
        Assert.Equal(0, CliProcess.Invoke("index", articles, "--index", clean).ExitCode);

        var crashed = Path.Combine(dir.Path, "crashed");
        var random = new Random(3);
        var committed = -1;
        foreach (var (moment, attempt) in Kills.Select((m, i) => (m, i)))
        {
            // Small batches, so kills land between commits as well as inside them.
            string[] run = ["index", articles, "--index", crashed, "--commit-every", "50"];
            switch (moment)
            {
                case Moment.StartUp: KillAfter(TimeSpan.FromMilliseconds(random.Next(50, 400)), run); break;
                case Moment.Commit: KillInCommit(crashed, random.Next(2, 5), run); break;
                default: KillAfter(TimeSpan.FromMilliseconds(random.Next(600, 1800)), run); break;
            }
            var now = CommittedArticles(crashed);
            Assert.True(now >= committed, $"kill {attempt} ({moment}): committed articles went from {committed} to {now}");
            committed = now;
        }
        Assert.Equal(0, CliProcess.Invoke("index", articles, "--index", crashed).ExitCode);
        Assert.Equal(
            CliProcess.Invoke("stats", "--index", clean, "--json").Stdout,
            CliProcess.Invoke("stats", "--index", crashed, "--json").Stdout);
        // Same speakers with the same counts: nothing duplicated or lost (result order may differ between segment layouts).
        static string[] Sorted(string lines) =>
            lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            Sorted(CliProcess.Invoke("speakers", "--index", clean, "--json").Stdout),
            Sorted(CliProcess.Invoke("speakers", "--index", crashed, "--json").Stdout));
    }

    [Fact]
    public void A_folder_killed_inside_its_first_commit_says_no_index_yet_and_takes_the_next_run()
    {
        using var dir = new TempDir();
        var article = dir.File("in/a1.txt", "“The harbour reopens in May,” Tobias Lindgren said.");
        var index = Path.Combine(dir.Path, "index");

        KillInCommit(index, 1, "index", article, "--index", index);

        Assert.True(CommittedArticles(index) <= 1);
        Assert.Equal(0, CliProcess.Invoke("index", article, "--index", index).ExitCode);
        Assert.Equal(1, CommittedArticles(index));
    }

    /// <summary>
    /// `stats` and `search` both open the folder; the committed article count, or -1 when both say in one line
    /// that no index is there yet (the kill came before the first commit finished).
    /// </summary>
    private static int CommittedArticles(string folder)
    {
        var stats = CliProcess.Invoke("stats", "--index", folder, "--json");
        var search = CliProcess.Invoke("search", "budget", "--index", folder, "--limit", "3");
        if (stats.ExitCode != 0)
        {
            Assert.Matches($"^error: {Regex(folder)}: no index here yet[^\n]*$", stats.Stderr.Trim());
            Assert.Matches($"^error: {Regex(folder)}: no index here yet[^\n]*$", search.Stderr.Trim());
            return -1;
        }
        Assert.True(search.ExitCode == 0, search.Stderr);
        return JsonDocument.Parse(stats.Stdout).RootElement.GetProperty("articles").GetInt32();
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);

    private static void KillAfter(TimeSpan delay, params string[] args)
    {
        using var process = Started(args);
        if (!process.WaitForExit(delay)) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>Kills the run as the <paramref name="nth"/> new segments file appears: inside that commit.</summary>
    private static void KillInCommit(string folder, int nth, params string[] args)
    {
        var seen = SegmentsFiles(folder).ToHashSet();
        using var process = Started(args);
        var clock = Stopwatch.StartNew();
        var found = 0;
        while (found < nth && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            found += SegmentsFiles(folder).Count(seen.Add);
        }
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    private static IEnumerable<string> SegmentsFiles(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "segments_*").ToList() : [];

    private static Process Started(string[] args)
    {
        var process = CliProcess.Start(args);
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        return process;
    }
}
