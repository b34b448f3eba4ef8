namespace QuoteSearch.Core.Identity.Corrections;

/// <summary>Every message about a correction that cannot be made, in one place.</summary>
public static class CorrectionErrors
{
    public static string BadFile(string path, string reason) => $"the corrections file {path} cannot be read: {reason}";
    public static string BadKind => "kind must be merge, rename, split or reassign";
    public static string NoQuote(string quote) => $"there is no quote with id '{quote}'";
    public static string NoSpeaker(string asked) => $"'{asked}' is not exactly one speaker; ask for it by id";
    public static string SameSpeaker => "a speaker cannot be merged into itself";
    public static string NoName => "rename needs a name of 1 to 200 characters";
    public static string NotAnAlias(string alias, string speaker) => $"'{alias}' is not a name written for {speaker} besides its only one";
    public static string NoSuchCorrection(int number) => $"there is no merge, rename, split or reassignment numbered {number} in force";
}
