using QuoteSearch.Core.Attribution.Candidates;

namespace QuoteSearch.Core.Attribution.Choice;

/// <summary>The chosen candidate (null: nobody the article names is likely) and the probability, 0–1, that it is right.</summary>
internal sealed record SpeakerChoice(SpeakerCandidate? Chosen, double Confidence);
