using QuoteSearch.Core.Searching;

namespace QuoteSearch.Cli.Commands;

/// <summary>When a speaker asked for is not exactly one: the reason, then the candidates or nearest names, on stderr; exit 1.</summary>
internal static class SpeakerChoices
{
    public static int Fail(string asked, SpeakerMatch match)
    {
        var reason = match.Ambiguous
            ? $"'{asked}' could be {match.Candidates.Count} speakers; ask for one by id:"
            : $"no speaker matches '{asked}'";
        Console.Error.WriteLine($"error: {reason}");
        var listed = match.Ambiguous ? match.Candidates : match.Nearest;
        if (!match.Ambiguous && listed.Count > 0) Console.Error.WriteLine("the nearest names:");
        foreach (var s in listed) Console.Error.WriteLine($"{s.Quotes,6}  {s.Name}  ({s.Id})");
        return 1;
    }
}
