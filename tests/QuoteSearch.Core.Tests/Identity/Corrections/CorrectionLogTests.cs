using QuoteSearch.Core.Identity.Corrections;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Identity.Corrections;

public sealed class CorrectionLogTests
{
    [Fact]
    public void Corrections_are_numbered_stamped_and_read_back_from_the_file()
    {
        using var dir = new TempDir();
        var path = CorrectionLog.PathFor(dir.Path);
        var log = CorrectionLog.Open(path).Value!;
        var made = log.Add(new SpeakerCorrection(0, SpeakerCorrection.Rename, "Ada", default) { Speaker = "hra", Name = "Harbour Rail" });
        log.Add(new SpeakerCorrection(0, SpeakerCorrection.Undo, "Ben", default) { Undoes = made.Number });
        Assert.Equal(1, made.Number);
        Assert.True(DateTimeOffset.UtcNow - made.When < TimeSpan.FromMinutes(1));

        var reopened = CorrectionLog.Open(path).Value!;
        Assert.Equal(["rename by Ada", "undo by Ben"], reopened.All.Select(c => $"{c.Kind} by {c.Who}"));
        Assert.Empty(reopened.Active);
        Assert.Equal(2, reopened.Version);
        Assert.Contains("\"version\": 1", File.ReadAllText(path));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_an_error_naming_it()
    {
        using var dir = new TempDir();
        var path = dir.File("speaker-corrections.json", "{ not json");
        var opened = CorrectionLog.Open(path);
        Assert.False(opened.Success);
        Assert.Contains(path, opened.Error);
    }
}
