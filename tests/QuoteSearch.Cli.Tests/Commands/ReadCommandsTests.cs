using QuoteSearch.Cli.Tests.Support;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Cli.Tests.Commands;

/// <summary>The commands that only read an index: `stats`, `search`, `speakers`.</summary>
public sealed class ReadCommandsTests
{
    [Theory]
    [InlineData("stats")]
    [InlineData("search", "ferry")]
    [InlineData("speakers")]
    public void A_missing_index_folder_is_an_error_and_is_not_created(params string[] command)
    {
        using var dir = new TempDir();
        var missing = Path.Combine(dir.Path, "no-index");
        var run = CliProcess.Invoke([.. command, "--index", missing]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no index here yet", run.Stderr);
        Assert.False(Directory.Exists(missing), $"`{command[0]}` created {missing}");
    }

    [Fact]
    public void Search_shows_each_hit_s_kind_and_no_quote_marks_around_a_reported_statement()
    {
        using var dir = new TempDir();
        var index = Path.Combine(dir.Path, "index");
        var story = dir.File("story.txt", "Bridge vote\n\n“The ferry will run at night,” said Tobias Lindgren.\n\n"
            + "Mara Quist said the ferry would cost more than the bridge.");
        Assert.Equal(0, CliProcess.Invoke("index", story, "--index", index).ExitCode);
        var lines = CliProcess.Invoke("search", "ferry", "--index", index).Stdout.Split('\n');
        var direct = Array.FindIndex(lines, l => l.Contains("will run at night"));
        var reported = Array.FindIndex(lines, l => l.Contains("would cost more"));
        Assert.StartsWith("“", lines[direct]);
        Assert.Contains("direct — Tobias Lindgren", lines[direct + 1]);
        Assert.DoesNotContain("“", lines[reported]);
        Assert.DoesNotContain("”", lines[reported]);
        Assert.Contains("indirect — Mara Quist", lines[reported + 1]);
    }
}
