using QuoteSearch.Cli.Tests.Support;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Cli.Tests.Commands;

public sealed class IndexCommandTests
{
    [Fact]
    public void Indexing_the_same_articles_twice_leaves_no_duplicates()
    {
        using var dir = new TempDir();
        var index = Path.Combine(dir.Path, "index");
        Assert.Equal(0, CliProcess.Invoke("index", RepoPaths.Seeds, "--index", index).ExitCode);
        var first = CliProcess.Invoke("stats", "--index", index, "--json").JsonLines()[0];
        Assert.Equal(0, CliProcess.Invoke("index", RepoPaths.Seeds, "--index", index).ExitCode);
        var second = CliProcess.Invoke("stats", "--index", index, "--json").JsonLines()[0];
        Assert.Equal(1, second.GetProperty("articles").GetInt32());
        Assert.Equal(first.GetProperty("quotes").GetInt32(), second.GetProperty("quotes").GetInt32());
        Assert.True(second.GetProperty("speakers").GetInt32() >= 3);
    }

    [Fact]
    public void Search_and_speakers_read_the_index()
    {
        using var dir = new TempDir();
        var index = Path.Combine(dir.Path, "index");
        CliProcess.Invoke("index", RepoPaths.Seeds, "--index", index);
        var search = CliProcess.Invoke("search", "\"moving forward\"", "--index", index, "--json");
        Assert.Equal("Kirill Dmitriev", Assert.Single(search.JsonLines()).GetProperty("speaker").GetString());
        var speakers = CliProcess.Invoke("speakers", "--index", index, "--json").JsonLines();
        Assert.Contains(speakers, s => s.GetProperty("name").GetString() == "Steve Witkoff");
    }

    [Fact]
    public void A_bad_query_is_an_error_not_a_crash()
    {
        using var dir = new TempDir();
        var index = Path.Combine(dir.Path, "index");
        CliProcess.Invoke("index", RepoPaths.Seeds, "--index", index);
        var run = CliProcess.Invoke("search", "(unclosed", "--index", index);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: the query could not be read: a bracket ( is not closed", run.Stderr.Trim());
    }

    [Fact]
    public void Reading_a_missing_index_says_so()
    {
        using var dir = new TempDir();
        var run = CliProcess.Invoke("stats", "--index", Path.Combine(dir.Path, "nothing"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no index here yet", run.Stderr);
    }
}
