namespace QuoteSearch.Core.Identity;

/// <summary>
/// The id of a written speaker name: its folded words (see <see cref="NameFolding"/>) joined by hyphens ("Kirill
/// Semyanov" → "kirill-semyanov", "George H. W. Halvorsen" → "george-h-w-halvorsen"). Initials are kept, so two people told
/// apart only by them keep apart in the index. Safe in URLs and stable across runs. Every quote document stores the
/// id of its written name; which ids are one person is <see cref="SpeakerGrouping"/>'s answer, over the whole index.
/// </summary>
public static class SpeakerIds
{
    public static string For(string name) => string.Join('-', NameFolding.Words(name));
}
