using QuoteSearch.Cli.Tests.Support;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Cli.Tests.Commands;

/// <summary><c>search --speaker</c> and <c>speakers</c> over invented articles: two people sharing a surname and a diminutive.</summary>
public sealed class SpeakerOptionTests : IDisposable
{
    private readonly TempDir dir = new();
    private readonly string index;

    public SpeakerOptionTests()
    {
        var articles = Path.Combine(dir.Path, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "harbour-1.txt"),
            "date 2026-01-12\nHarbour news\n\n“The pier reopens in spring,” said Harriet Ostrander.\n\n"
            + "“We have the money,” Walter Ostrander said.");
        File.WriteAllText(Path.Combine(articles, "harbour-2.txt"),
            "date 2026-02-03\nTolls\n\n“Tolls will not rise,” Timothy Lindqvist said.");
        File.WriteAllText(Path.Combine(articles, "harbour-3.txt"), "date 2026-03-20\nWorks\n\n“We start on Monday,” Tim Lindqvist said.");
        index = Path.Combine(dir.Path, "index");
        Assert.Equal(0, CliProcess.Invoke("index", articles, "--index", index).ExitCode);
    }

    [Theory]
    [InlineData("Lindqvist")]
    [InlineData("Tim Lindqvist")]
    [InlineData("timothy-lindqvist")]
    public void A_surname_a_variant_or_an_id_finds_the_one_speaker(string speaker)
    {
        var run = CliProcess.Invoke("search", "", "--speaker", speaker, "--index", index, "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.JsonLines().Count(l => l.GetProperty("speaker_id").GetString() == "timothy-lindqvist"));
    }

    [Fact]
    public void A_shared_surname_lists_the_candidates_and_exits_non_zero()
    {
        var run = CliProcess.Invoke("search", "", "--speaker", "Ostrander", "--index", index);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: 'Ostrander' could be 2 speakers", run.Stderr);
        Assert.Contains("(harriet-ostrander)", run.Stderr);
        Assert.Contains("(walter-ostrander)", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void An_unknown_speaker_says_so_with_the_nearest_names()
    {
        var run = CliProcess.Invoke("search", "", "--speaker", "Lindqvust Tom", "--index", index);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: no speaker matches 'Lindqvust Tom'", run.Stderr);
    }

    [Fact]
    public void The_speakers_command_filters_by_type_and_sorts_by_name()
    {
        var run = CliProcess.Invoke("speakers", "--index", index, "--type", "person", "--sort", "name", "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["harriet-ostrander", "timothy-lindqvist", "walter-ostrander"],
            run.JsonLines().Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("Tim Lindqvist", run.JsonLines()[1].GetProperty("aliases")[0].GetString());
    }

    public void Dispose() => dir.Dispose();
}
