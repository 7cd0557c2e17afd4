using Simulation.Core;
using Simulation.Core.Bidding;
using Simulation.Experiments.Games;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Games;

/// <summary>A consortium of the record bids as one only when every member people play bids: when one member's players decide
/// not to, and another's chose to bid, the game says that the consortium stayed out and who kept it out.</summary>
public class ConsortiumStayedOutTests
{
    private static readonly Scenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json")).Model;
    private static readonly string[] BusanUlsanGyeongnam = ["busan", "ulsan", "gyeongnam"];

    private static int Region(string id) => Baseline.Regions.ToList().FindIndex(r => r.Id == id);

    // Plays the baseline's first two rounds as the model, then the Medical Complex round with the given decisions.
    private static ParticipatoryGame PlayTheMedicalComplex(IReadOnlyDictionary<string, bool> bids)
    {
        var game = new ParticipatoryGame(Baseline, 7, Baseline.Regimes.ToList().FindIndex(r => r.Id == "lee"));
        foreach (var region in bids.Keys)
        {
            game.Seat(Region(region));
        }
        while (game.OpenRound?.ProjectId != "medicalComplex")
        {
            game.Advance();
        }
        foreach (var (region, bid) in bids)
        {
            var brief = game.Brief(Region(region));
            game.Decide(Region(region), new PlayerChoice(bid, brief.EffortFloorBillionWon, false));
        }
        game.Advance();
        return game;
    }

    [Fact]
    public void OneMemberDecidingNotToBid_KeepsItsConsortiumOut_AndTheGameSaysWho()
    {
        var game = PlayTheMedicalComplex(new Dictionary<string, bool> { ["busan"] = true, ["ulsan"] = false, ["gyeongnam"] = true });

        Assert.DoesNotContain(game.Results[^1].Bids, b => b.Regions.Contains("busan"));
        var stayedOut = Assert.Single(game.StayedOut);
        Assert.Equal(3, stayedOut.Round);
        Assert.Equal(BusanUlsanGyeongnam, stayedOut.Members);
        Assert.Equal(["ulsan"], stayedOut.Declined);
        Assert.Equal("The consortium Busan + Ulsan + Gyeongnam (South Gyeongsang) did not bid: Ulsan decided not to, and a consortium's joint bid "
            + "enters only if every region students play in it bids.", stayedOut.Sentence);
        Assert.StartsWith("Your consortium (Busan + Ulsan + Gyeongnam (South Gyeongsang)) did not bid: Ulsan decided not to, ", stayedOut.MemberSentence, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoMembersDecidingNotToBid_AreBothNamed()
    {
        var game = PlayTheMedicalComplex(new Dictionary<string, bool> { ["busan"] = false, ["ulsan"] = false, ["gyeongnam"] = true });

        Assert.Contains("did not bid: Busan and Ulsan decided not to,", Assert.Single(game.StayedOut).Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true, true)] // every member bids: the consortium enters
    [InlineData(false, false, false)] // nobody wanted it to bid
    public void AConsortiumWhosePlayersAgree_IsNotSaidToHaveStayedOut(bool busan, bool ulsan, bool gyeongnam)
    {
        var game = PlayTheMedicalComplex(new Dictionary<string, bool> { ["busan"] = busan, ["ulsan"] = ulsan, ["gyeongnam"] = gyeongnam });

        Assert.Empty(game.StayedOut);
        Assert.Equal(busan, game.Results[^1].Bids.Any(b => BusanUlsanGyeongnam.All(b.Regions.Contains)));
    }

    [Fact]
    public void AMemberWhosePlayersSentNothing_IsPlayedByTheModel_AndKeepsNobodyOut()
    {
        var game = new ParticipatoryGame(Baseline, 7, 0);
        game.Seat(Region("ulsan")); // seated, but sends nothing: the model plays Ulsan
        game.Seat(Region("busan"));
        while (game.OpenRound?.ProjectId != "medicalComplex")
        {
            game.Advance();
        }
        game.Decide(Region("busan"), new PlayerChoice(true, game.Brief(Region("busan")).EffortFloorBillionWon, false));
        game.Advance();

        Assert.Empty(game.StayedOut);
        Assert.Contains(game.Results[^1].Bids, b => BusanUlsanGyeongnam.All(b.Regions.Contains));
    }
}
