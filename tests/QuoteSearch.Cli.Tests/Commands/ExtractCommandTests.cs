using System.Text.Json;
using QuoteSearch.Cli.Tests.Support;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Cli.Tests.Commands;

public sealed class ExtractCommandTests
{
    [Fact]
    public void Finds_the_seed_quotes_with_their_speakers()
    {
        var run = CliProcess.Invoke("extract", RepoPaths.Seeds);
        Assert.Equal(0, run.ExitCode);
        var quotes = run.JsonLines().Where(q => q.GetProperty("kind").GetString() != "indirect").ToList();
        string? SpeakerOf(string words) =>
            quotes.Single(q => q.GetProperty("quote").GetString()!.Contains(words)).GetProperty("speaker").GetString();
        Assert.Equal("Steve Witkoff", SpeakerOf("significant work remains"));
        Assert.Equal("Kirill Dmitriev", SpeakerOf("moving forward"));
        Assert.Equal("Donald Tusk", SpeakerOf("magnifying glass"));
    }

    [Fact]
    public void Each_line_has_the_documented_fields_and_offsets_that_point_at_the_quote()
    {
        var run = CliProcess.Invoke("extract", RepoPaths.SeedArticle);
        var paragraphs = CliProcess.Invoke("parse", RepoPaths.SeedArticle).JsonLines()[0]
            .GetProperty("paragraphs")
            .EnumerateArray()
            .Select(p => p.GetString()!)
            .ToList();
        foreach (var line in run.JsonLines())
        {
            Assert.Equal("000_f49c1c6e5ef7ea12", line.GetProperty("article").GetString());
            foreach (var field in new[] { "paragraph", "start", "end", "quote", "speaker", "speakerType", "kind", "cue", "confidence" })
            {
                Assert.True(line.TryGetProperty(field, out _), field);
            }
            var paragraph = paragraphs[line.GetProperty("paragraph").GetInt32()];
            Assert.Equal(
                line.GetProperty("quote").GetString(),
                paragraph[line.GetProperty("start").GetInt32()..line.GetProperty("end").GetInt32()]);
        }
    }

    [Fact]
    public void Ablating_a_unit_changes_what_it_found_and_an_unknown_unit_is_refused_with_the_list()
    {
        using var dir = new TempDir();
        dir.File("cue.txt", "“We are ready,” said Ana Ruiz.");
        Assert.Equal("Ana Ruiz", Assert.Single(CliProcess.Invoke("extract", dir.Path).JsonLines()).GetProperty("speaker").GetString());
        var ablated = CliProcess.Invoke("extract", dir.Path, "--ablate", "after", "--ablate", "nearby", "--ablate", "model");
        Assert.Equal(JsonValueKind.Null, Assert.Single(ablated.JsonLines()).GetProperty("speaker").ValueKind);
        var unknown = CliProcess.Invoke("extract", dir.Path, "--ablate", "nope");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no attribution unit 'nope'; the units are after, before", unknown.Stderr);
    }

    [Fact]
    public void A_bad_file_is_named_on_stderr_and_the_rest_still_comes_out()
    {
        using var dir = new TempDir();
        dir.File("empty.txt", "");
        dir.File("binary.txt", new byte[] { 0x00, 0x01, 0x02, 0xFF });
        dir.File("good.txt", "“We are ready,” Flynn said.");
        var run = CliProcess.Invoke("extract", dir.Path, Path.Combine(dir.Path, "missing.txt"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt: empty input", run.Stderr);
        Assert.Contains("binary.txt: looks like a binary file", run.Stderr);
        Assert.Contains("missing.txt: no such file or folder", run.Stderr);
        Assert.Equal("Flynn", Assert.Single(run.JsonLines()).GetProperty("speaker").GetString());
    }

    [Fact]
    public void Speaker_ids_group_the_names_of_the_whole_run_and_keep_people_sharing_a_surname_apart()
    {
        using var dir = new TempDir();
        dir.File("harbour.txt", "Harbour bridge plan\n\nThe so-called “bridge of hope” has no opening date yet.\n\n"
            + "“We will build the bridge by spring,” said Timothy Morrow, the harbour master.\n\n"
            + "“The ferries cannot cope,” said Helen Brandt, a councillor.");
        dir.File("costs.txt", "Bridge costs rise\n\n“It will still open in May,” Tim Morrow said on Tuesday.\n\n"
            + "“Costs are rising every week,” Oskar Brandt, a builder, said.");
        var run = CliProcess.Invoke("extract", dir.Path, "--speaker-ids");
        Assert.Equal(0, run.ExitCode);
        var lines = run.JsonLines();
        JsonElement IdOf(string words) => lines.Single(q => q.GetProperty("quote").GetString()!.Contains(words)).GetProperty("speakerId");
        Assert.Equal(IdOf("by spring").GetString(), IdOf("open in May").GetString());
        Assert.NotNull(IdOf("open in May").GetString());
        Assert.NotEqual(IdOf("ferries cannot cope").GetString(), IdOf("Costs are rising").GetString());
        Assert.Equal(JsonValueKind.Null, IdOf("bridge of hope").ValueKind);
    }

    [Fact]
    public void Without_speaker_ids_lines_carry_no_speaker_id()
    {
        using var dir = new TempDir();
        dir.File("cue.txt", "“We are ready,” said Ana Ruiz.");
        Assert.False(Assert.Single(CliProcess.Invoke("extract", dir.Path).JsonLines()).TryGetProperty("speakerId", out _));
    }

    [Theory]
    [InlineData("index")]
    [InlineData("extract")]
    [InlineData("parse")]
    [InlineData("search")]
    [InlineData("speakers")]
    [InlineData("stats")]
    [InlineData("serve")]
    public void Every_command_explains_itself_with_help(string command)
    {
        var run = CliProcess.Invoke(command, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout);
    }
}
