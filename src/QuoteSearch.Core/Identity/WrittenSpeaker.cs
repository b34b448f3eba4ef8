namespace QuoteSearch.Core.Identity;

/// <summary>A speaker as the index holds it: the id of a written name, that name, and whether quotes call it an organisation.</summary>
public sealed record WrittenSpeaker(string Id, string Name, bool IsOrganisation);
