namespace QuoteSearch.Core.Identity;

/// <summary>
/// A person's name in parts, every part folded (see <see cref="NameFolding"/>): the given name (null for a surname
/// alone; one letter for an initial), middle names or initials, the surname (particles joined: "de wahl"), and a
/// generational suffix ("jr", "sr", "iii"). <see cref="Written"/> is the name as written without titles or roles.
/// Parse with <see cref="PersonNames.Parse"/>.
/// </summary>
public sealed record PersonName(string? Given, IReadOnlyList<string> Middles, string Surname, string? Suffix, string Written)
{
    /// <summary>One word only: a surname ("Hale"), or a given name used alone ("Lily").</summary>
    public bool IsSingleWord => Given is null;

    /// <summary>True when the given name is only an initial ("J. Smith").</summary>
    public bool GivenIsInitial => Given is { Length: 1 };

    /// <summary>
    /// True when the name is written family name first with a hyphenated given name ("Pak Un-sol"): then the first
    /// word alone ("Pak") is the surname a later reference uses.
    /// </summary>
    public bool FamilyFirst { get; init; }

    /// <summary>How much the name says: fuller names are placed first when people are told apart.</summary>
    public int Detail => (Given is null ? 0 : GivenIsInitial ? 1 : 2) + Middles.Count + (Suffix is null ? 0 : 1);
}
