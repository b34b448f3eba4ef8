namespace QuoteSearch.Core.Searching;

/// <summary>Every message a search gives back about a bad request, in one place.</summary>
public static class SearchErrors
{
    public const int MaxQueryLength = 1000;
    public const int MaxClauses = 64;

    public static string TooLong => $"the query is longer than {MaxQueryLength} characters";
    public static string TooManyClauses => $"the query has too many terms (at most {MaxClauses})";
    public static string LeadingWildcard => "a word cannot start with * or ?";
    public static string Syntax(string detail) => $"the query could not be read: {detail}";
    public const string UnclosedBracket = "a bracket ( is not closed";
    public const string UnopenedBracket = "a closing bracket ) has no opening one";
    public static string OperatorAtEnd(string op) => $"{op} at the end needs a word after it";
    public static string OperatorAtStart(string op) => $"{op} at the start needs a word before it";
    public static string OperatorsTogether(string first, string second) => $"{first} and {second} stand together; put a word between them";
    public const string SyntaxHelp =
        "type words, \"an exact phrase\", -word to leave a word out, and OR between alternatives; "
        + "put a \\ before a character such as : ( ) [ ] { } ^ ~ * ? to search it as it is";
    public static string BadCursor => "the cursor is not one this server gave out";
    public static string CursorOfAnotherSearch =>
        "the cursor belongs to another search (other words, filters or sort); start again without a cursor";
    public static string BadLimit => $"limit must be between 1 and {SearchRequest.MaxLimit}";
    public static string BadDateRange => "'from' is after 'to'";
    public static string TooSlow =>
        $"the query took longer than {TimeLimited.Budget.TotalSeconds:0.#} s; narrow it with more words or filters";

    /// <summary>Why a speaker filter found no one speaker: the candidates, or the nearest names, named with their ids.</summary>
    public static string Speaker(string asked, SpeakerMatch match) => match.Ambiguous
        ? $"'{asked}' could be {match.Candidates.Count} speakers: {List(match.Candidates)}; ask for one by id"
        : match.Nearest.Count > 0
            ? $"no speaker matches '{asked}'; the nearest names are {List(match.Nearest)}"
            : $"no speaker matches '{asked}'";

    private static string List(IEnumerable<SpeakerSummary> speakers) =>
        string.Join(", ", speakers.Select(s => $"{s.Name} ({s.Id}, {s.Quotes} quotes)"));
}
