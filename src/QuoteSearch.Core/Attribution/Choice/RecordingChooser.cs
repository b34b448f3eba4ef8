using QuoteSearch.Core.Attribution.Candidates;

namespace QuoteSearch.Core.Attribution.Choice;

/// <summary>Passes every choice to <paramref name="inner"/> and hands the candidates and the choice to <paramref name="record"/>.</summary>
internal sealed class RecordingChooser(ISpeakerChooser inner, Action<CandidateSet, SpeakerChoice> record) : ISpeakerChooser
{
    public SpeakerChoice Choose(CandidateSet set)
    {
        var choice = inner.Choose(set);
        record(set, choice);
        return choice;
    }
}
