namespace QuoteSearch.Core.Identity.Corrections;

/// <summary>
/// One correction an editor made to speaker identity, numbered in the order made, with who made it and when (UTC).
/// Speakers are named by the id of their canonical written name (<see cref="SpeakerGroup.Members"/>[0]), which the
/// articles' text fixes, so a correction holds across re-ingests and rebuilds. <see cref="Kind"/> says which fields count:
/// merge (<see cref="Speaker"/> joins <see cref="Into"/>), rename (<see cref="Speaker"/> is shown as <see cref="Name"/>),
/// split (the written name <see cref="Alias"/> leaves its speaker), reassign (quote <see cref="Quote"/> is <see cref="Into"/>'s),
/// undo (correction <see cref="Undoes"/> no longer applies).
/// </summary>
public sealed record SpeakerCorrection(int Number, string Kind, string Who, DateTimeOffset When)
{
    public const string Merge = "merge";
    public const string Rename = "rename";
    public const string Split = "split";
    public const string Reassign = "reassign";
    public const string Undo = "undo";

    public string? Speaker { get; init; }
    public string? Into { get; init; }
    public string? Name { get; init; }
    public string? Alias { get; init; }
    public string? Quote { get; init; }
    public int? Undoes { get; init; }
}
