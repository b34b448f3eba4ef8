namespace QuoteSearch.Core.Attribution;

/// <summary>Head nouns of descriptions that can speak ("the senator said"), as opposed to "at the same time".</summary>
internal static class PersonNouns
{
    private static readonly HashSet<string> Heads = new(
        ("senator candidate nominee president spokesman spokeswoman spokesperson official officials aide aides campaign " +
         "businessman businesswoman billionaire mogul source sources report statement governor congressman congresswoman " +
         "lawmaker lawmakers leader leaders secretary minister adviser advisers advisor chairman chairwoman reporter reporters " +
         "analyst analysts expert experts critic critics supporter supporters group organization committee agency department " +
         "administration government court judge police party network newspaper paper magazine outlet poll survey study " +
         "letter memo website site tweet ad prosecutor prosecutors lawyer lawyers attorney attorneys director founder " +
         "ceo executive economist historian professor researcher researchers scientist doctor doctors man woman mother " +
         "father son daughter wife husband voter voters resident residents member members strategist pollster operative " +
         "staffer staff team mayor sheriff officer officers general commander negotiator envoy ambassador diplomat diplomats " +
         "frontrunner front-runner challenger incumbent rival opponent host anchor author writer columnist editor editorial " +
         "book article document filing complaint lawsuit memoir speaker chief justice activist activists protester " +
         "protesters friend friends witness witnesses employee employees worker workers pastor bishop pope king queen prince " +
         "billionaires republicans democrats republican democrat conservative conservatives liberal liberals").Split(' '),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Heads that name one person and so can stand for someone named earlier ("the senator", "the businessman").</summary>
    private static readonly HashSet<string> SingularPeople = new(
        ("senator candidate nominee president spokesman spokeswoman spokesperson official aide businessman businesswoman " +
         "billionaire mogul governor congressman congresswoman lawmaker leader secretary minister adviser advisor chairman " +
         "chairwoman director founder ceo executive mayor sheriff general commander negotiator envoy ambassador diplomat " +
         "frontrunner front-runner challenger incumbent rival opponent host author speaker justice judge prosecutor lawyer " +
         "attorney strategist pollster operative man woman democrat republican").Split(' '),
        StringComparer.OrdinalIgnoreCase);

    public static bool IsPersonNoun(string word) => Heads.Contains(word);

    public static bool IsSingularPerson(string word) => SingularPeople.Contains(word);
}
