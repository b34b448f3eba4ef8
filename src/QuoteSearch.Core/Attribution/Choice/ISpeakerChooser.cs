using QuoteSearch.Core.Attribution.Candidates;

namespace QuoteSearch.Core.Attribution.Choice;

/// <summary>Chooses a quote's speaker among its candidates, or none, with the probability that the choice is right.</summary>
internal interface ISpeakerChooser
{
    SpeakerChoice Choose(CandidateSet set);
}
