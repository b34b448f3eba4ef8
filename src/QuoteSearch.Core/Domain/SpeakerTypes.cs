namespace QuoteSearch.Core.Domain;

/// <summary>The one spelling of a speaker type at every edge (extract output, index, API): "person", "organisation".</summary>
public static class SpeakerTypes
{
    public static string? Name(SpeakerType? type) => type switch
    {
        SpeakerType.Person => "person",
        SpeakerType.Organisation => "organisation",
        _ => null,
    };
}
