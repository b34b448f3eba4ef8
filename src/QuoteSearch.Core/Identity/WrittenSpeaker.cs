using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Identity;

/// <summary>
/// A speaker as the index holds it: the id of a written name, that name, whether quotes call it an organisation, and
/// for a one-word person the gender its titles give (null when none or both), which tells apart people sharing a surname.
/// </summary>
public sealed record WrittenSpeaker(string Id, string Name, bool IsOrganisation, SpeakerGender? Gender = null);
