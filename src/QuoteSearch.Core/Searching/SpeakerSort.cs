namespace QuoteSearch.Core.Searching;

/// <summary>How the speaker directory is ordered: most quotes first, by name, or most recently quoted first.</summary>
public enum SpeakerSort
{
    Quotes,
    Name,
    Latest,
}
