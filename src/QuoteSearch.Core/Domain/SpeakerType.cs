namespace QuoteSearch.Core.Domain;

/// <summary>What kind of speaker a quote has: a named person, or a named organisation (a company, an agency, a party, a paper).</summary>
public enum SpeakerType
{
    Person,
    Organisation,
}
