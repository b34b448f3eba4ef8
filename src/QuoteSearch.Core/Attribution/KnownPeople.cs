namespace QuoteSearch.Core.Attribution;

/// <summary>
/// A small gazetteer of public figures news names by surname alone ("Mr. Obama", "Putin said"), used the way
/// entity linkers use a popularity prior: only for a bare surname, and only when the article itself gives no
/// full name for it or gives several and one of them is this person.
/// </summary>
internal static class KnownPeople
{
    private static readonly Dictionary<string, string> BySurname = Build(
        "Barack Obama", "Donald Trump", "Hillary Clinton", "Joe Biden", "Kamala Harris", "Mike Pence", "Tim Kaine",
        "Bernie Sanders", "Ted Cruz", "Marco Rubio", "Jeb Bush", "George W. Bush", "John Kasich", "Ben Carson",
        "Chris Christie", "Carly Fiorina", "Rand Paul", "Mitt Romney", "Paul Ryan", "Mitch McConnell",
        "Nancy Pelosi", "Chuck Schumer", "Harry Reid", "Elizabeth Warren", "John McCain", "Lindsey Graham",
        "Rudy Giuliani", "Newt Gingrich", "Kellyanne Conway", "Reince Priebus", "Steve Bannon", "Sean Spicer",
        "Kevin McCarthy", "Mike Johnson", "Hakeem Jeffries", "Ron DeSantis", "Nikki Haley", "Vivek Ramaswamy",
        "JD Vance", "Pete Buttigieg", "Alexandria Ocasio-Cortez", "Gary Johnson", "Jill Stein", "Evan McMullin",
        "Debbie Wasserman Schultz", "Donna Brazile", "John Podesta", "Robby Mook", "Huma Abedin", "James Comey",
        "Loretta Lynch", "Eric Holder", "John Kerry", "Antony Blinken", "Marco Rubio", "Merrick Garland",
        "Robert Mueller", "Jeff Sessions", "Rex Tillerson", "Mike Pompeo", "Steve Witkoff", "Kirill Dmitriev",
        "Vladimir Putin", "Volodymyr Zelensky", "Sergei Lavrov", "Dmitry Peskov", "Xi Jinping", "Kim Jong Un",
        "Angela Merkel", "Olaf Scholz", "Friedrich Merz", "Emmanuel Macron", "François Hollande", "Theresa May",
        "Boris Johnson", "Keir Starmer", "Rishi Sunak", "Justin Trudeau", "Mark Carney", "Benjamin Netanyahu",
        "Recep Tayyip Erdogan", "Narendra Modi", "Shinzo Abe", "Donald Tusk", "Viktor Orban", "Giorgia Meloni",
        "Matteo Renzi", "Pope Francis", "Bashar al-Assad", "Hassan Rouhani", "Enrique Peña Nieto",
        "Andrés Manuel López Obrador", "Jair Bolsonaro", "Luiz Inácio Lula da Silva", "Ban Ki-moon", "António Guterres",
        "Kofi Annan", "Aung San Suu Kyi", "Mark Zuckerberg", "Elon Musk", "Jeff Bezos", "Bill Gates", "Warren Buffett");

    private static Dictionary<string, string> Build(params string[] names)
    {
        var bySurname = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names) bySurname.TryAdd(name.Split(' ')[^1], name);
        return bySurname;
    }

    public static string? BySurnameOf(string surname) => BySurname.GetValueOrDefault(surname);
}
