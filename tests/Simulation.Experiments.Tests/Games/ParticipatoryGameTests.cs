using Simulation.Core;
using Simulation.Core.Bidding;
using Simulation.Core.Regimes;
using Simulation.Experiments.Games;
using Simulation.Experiments.Replay;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Games;

public class ParticipatoryGameTests
{
    private static readonly Scenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json")).Model;
    private static readonly int Roh = Index("roh");
    private static readonly int Lee = Index("lee");

    private static int Index(string regime) => Baseline.Regimes.ToList().FindIndex(r => r.Id == regime);

    private static int Region(string id) => Baseline.Regions.ToList().FindIndex(r => r.Id == id);

    // Plays to the end, switching to Lee before the first Lee year opens, as the scenario's timeline does.
    private static void PlayFollowingTheTimeline(ParticipatoryGame game, Action<ParticipatoryGame>? decide = null)
    {
        while (game.Phase != GamePhase.Finished)
        {
            if (game.Phase == GamePhase.Judged && game.Round + 1 < game.Rounds.Count && game.Rounds[game.Round + 1].Year >= 2008)
            {
                game.Regime = Lee;
            }
            if (game.Phase == GamePhase.Deciding)
            {
                decide?.Invoke(game);
            }
            if (game.Phase == GamePhase.Judged && game.Round + 1 == game.Rounds.Count)
            {
                game.Regime = Lee; // the years after the last round are Lee years too
            }
            game.Advance();
        }
    }

    [Fact]
    public void TheBaselineGame_HasOneRoundPerCompetition_InTheOrderTheyAreHeld()
    {
        var game = new ParticipatoryGame(Baseline, 7, Roh);

        Assert.Equal(["maglev:2007", "robotLand:2007", "medicalComplex:2009"], game.Rounds.Select(r => $"{r.ProjectId}:{r.Year}"));
        Assert.Equal(GamePhase.Lobby, game.Phase);
    }

    [Fact]
    public void AGameNobodyPlays_FollowingTheTimeline_IsReplicationZeroOfTheTimeline()
    {
        var game = new ParticipatoryGame(Baseline, 7, Roh);
        PlayFollowingTheTimeline(game);

        var model = new SimulationModel(Baseline);
        var expected = Replication.Run(model, RegimeMode.Timeline, 7, 0);

        var outcome = game.Outcome!;
        for (var p = 0; p < Baseline.Projects.Count; p++)
        {
            Assert.Equal(expected.Winners(p).ToArray(), outcome.Winners(p).ToArray());
        }
        Assert.Equal(expected.Resources, outcome.Resources);
        Assert.Equal(expected.Gini, outcome.Gini);
    }

    [Fact]
    public void ASeatedPlayerWhoDoesNotDecide_IsPlayedByTheAgent_AndChangesNothing()
    {
        var daegu = Region("daegu");
        var seated = new ParticipatoryGame(Baseline, 3, Roh);
        seated.Seat(daegu);
        var alone = new ParticipatoryGame(Baseline, 3, Roh);

        seated.Advance();
        seated.Advance();
        alone.Advance();
        alone.Advance();

        Assert.Equal(["daegu"], seated.AutoPlayed);
        Assert.Equal(alone.Results[0].Bids.Select(b => (string.Join("+", b.Regions), b.EffortBillionWon)),
            seated.Results[0].Bids.Select(b => (string.Join("+", b.Regions), b.EffortBillionWon)));
    }

    [Fact]
    public void AConsortiumMembersBrief_NamesItsConsortium_AndOffersNoTeamingUp()
    {
        var daegu = Region("daegu");
        var game = new ParticipatoryGame(Baseline, 3, Roh);
        game.Seat(daegu);
        while (game.OpenRound is not { ProjectId: "medicalComplex" })
        {
            game.Advance();
        }

        var brief = game.Brief(daegu);

        Assert.Equal(["gyeongbuk"], brief.Consortium);
        Assert.Empty(brief.Partners);
    }

    [Fact]
    public void APlayersDecision_IsWhatTheCompetitionUses()
    {
        var daegu = Region("daegu");
        var incheon = Region("incheon");
        var game = new ParticipatoryGame(Baseline, 3, Roh);
        game.Seat(daegu);
        game.Seat(incheon);
        game.Advance(); // round 1 (Maglev) opens
        var brief = game.Brief(daegu);
        Assert.True(brief.Eligible);
        Assert.InRange(brief.UsualEffortBillionWon, brief.EffortFloorBillionWon, brief.EffortCapBillionWon);

        game.Decide(daegu, new PlayerChoice(Bid: true, EffortBillionWon: brief.EffortFloorBillionWon + 1.0, TeamUp: false));
        game.Decide(incheon, new PlayerChoice(Bid: false, EffortBillionWon: 0, TeamUp: false));
        game.Advance();

        var result = game.Results.Single();
        var daeguBid = Assert.Single(result.Bids, b => b.Regions.SequenceEqual(["daegu"]));
        Assert.True(daeguBid.Played);
        Assert.Equal(brief.EffortFloorBillionWon + 1.0, daeguBid.EffortBillionWon, 9);
        Assert.DoesNotContain(result.Bids, b => b.Regions.Contains("incheon"));
        Assert.Empty(game.AutoPlayed);
        Assert.Equal(GamePhase.Judged, game.Phase);
    }

    [Fact]
    public void RobotLandsBrief_CountsItsTenthBidder_AndAPlayedRegionOfThePoolBidsWhateverTheDraw()
    {
        // Robot Land: nine named candidates and one of Seoul, Busan, Jeonbuk drawn when the round is played.
        var daegu = Region("daegu");
        var seoul = Region("seoul");
        var alone = new ParticipatoryGame(Baseline, 3, Roh);
        alone.Seat(daegu);
        var withSeoul = new ParticipatoryGame(Baseline, 3, Roh);
        withSeoul.Seat(daegu);
        withSeoul.Seat(seoul);
        foreach (var game in new[] { alone, withSeoul })
        {
            game.Advance(); // Maglev opens
            game.Advance(); // and is judged
            game.Advance(); // Robot Land opens
            Assert.Equal("robotLand", Baseline.Projects[game.OpenRound!.Project].Id);
        }

        Assert.Equal(10, alone.Brief(daegu).Candidates);
        Assert.Equal(11, withSeoul.Brief(daegu).Candidates); // Seoul played, and one of the three drawn, maybe Seoul
        var brief = withSeoul.Brief(seoul);
        Assert.True(brief.Eligible);
        Assert.InRange(brief.MeritRank, 1, 10); // among the nine named and Seoul itself
        withSeoul.Decide(seoul, new PlayerChoice(Bid: true, EffortBillionWon: brief.EffortFloorBillionWon, TeamUp: false));
        withSeoul.Advance();
        var result = withSeoul.Results.Last();
        Assert.Contains("seoul", result.Candidates);
        Assert.Contains(result.Bids, b => b.Regions.SequenceEqual(["seoul"]) && b.Played);
        Assert.InRange(result.Candidates.Count, 10, 11);
    }

    [Fact]
    public void Decisions_AreRefusedOutsideAnOpenRound_AndForRegionsNobodyPlays()
    {
        var game = new ParticipatoryGame(Baseline, 3, Roh);
        game.Seat(Region("daegu"));
        var choice = new PlayerChoice(true, 10, false);

        Assert.Throws<InvalidOperationException>(() => game.Decide(Region("daegu"), choice)); // lobby
        game.Advance();
        Assert.Throws<InvalidOperationException>(() => game.Decide(Region("busan"), choice)); // not seated
        game.Advance();
        Assert.Throws<InvalidOperationException>(() => game.Decide(Region("daegu"), choice)); // judged
    }

    [Fact]
    public void SwitchingTheRegime_ChangesWhoJudgesTheNextCompetition()
    {
        var game = new ParticipatoryGame(Baseline, 3, Roh);
        game.Advance();
        game.Advance();
        game.Regime = Lee;
        game.Advance();
        game.Advance();

        Assert.Equal(["roh", "lee"], game.Results.Select(r => r.Regime));
        Assert.Equal([(0, Roh), (1, Lee)], game.Plans.Single(p => p.Year == 2007).Competitions);
        Assert.Equal(Roh, game.Plans.Single(p => p.Year == 2007).OpeningRegime);
    }

    [Fact]
    public void TheSameSeedAndDecisions_GiveTheSameGame()
    {
        static IReadOnlyList<RegionStanding> Play()
        {
            var game = new ParticipatoryGame(Baseline, 11, Roh);
            game.Seat(Region("gwangju"));
            PlayFollowingTheTimeline(game, g =>
            {
                if (g.Brief(Region("gwangju")).Eligible)
                {
                    g.Decide(Region("gwangju"), new PlayerChoice(true, 25, true));
                }
            });
            return game.Standings();
        }

        Assert.Equal(Play(), Play());
    }

    [Fact]
    public void TheComparison_PutsTheClassWithinTheModelsGames_AndGameZeroIsTheSameWorld()
    {
        var game = new ParticipatoryGame(Baseline, 5, Roh);
        game.Seat(Region("daejeon"));
        game.Seat(Region("gyeongbuk"));
        PlayFollowingTheTimeline(game); // nobody decides: the agents play the seated regions too

        var comparison = GameComparison.Of(game, 200);

        Assert.Equal(["daejeon", "gyeongbuk"], comparison.Players.Select(p => p.Region));
        foreach (var p in comparison.Players)
        {
            Assert.Equal(p.ClassNetGainBillionWon, p.SameWorldNetGainBillionWon, 9); // agents played both: the same game
            Assert.Equal(p.ClassWins, p.SameWorldWins);
            Assert.InRange(p.ShareOfGamesBeaten, 0.0, 1.0);
            Assert.InRange(p.MeanNetGainBillionWon, p.NetGainP05, p.NetGainP95);
        }
        Assert.Equal(game.Outcome!.RentDissipation, comparison.ClassRentDissipation);
        Assert.Equal(comparison.Players.Count + 1, comparison.Sentences.Count);
        Assert.All(comparison.Players, p => Assert.False(p.Decided));
        Assert.Contains("nobody in its team decided for it in any round, so the model played it throughout", comparison.Sentences[0], StringComparison.Ordinal);
        Assert.DoesNotContain("the class won", comparison.Sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AWinInARoundTheModelPlayedForTheRegion_IsSaidToBeTheModels()
    {
        // Daegu decides in the first round only; the model plays its later rounds, and in some games wins one of them.
        var (game, comparison) = Enumerable.Range(1, 40).Select(seed =>
        {
            var game = new ParticipatoryGame(Baseline, (ulong)seed, Roh);
            game.Seat(Region("daegu"));
            PlayFollowingTheTimeline(game, g =>
            {
                if (g.Round == 0)
                {
                    g.Decide(Region("daegu"), new PlayerChoice(false, 0, false));
                }
            });
            return (game, comparison: GameComparison.Of(game, 20));
        }).First(x => x.comparison.Players[0].ClassWins > 0);

        var daegu = comparison.Players.Single();

        Assert.True(daegu.Decided);
        Assert.Equal(daegu.ClassWins, daegu.ModelPlayedWins); // no bid in round 1: every win is the model's
        Assert.Equal(daegu.ClassWins, game.Results.Skip(1).Sum(r => r.Bids.Count(b => b.Won && b.Regions.Contains("daegu"))));
        Assert.Contains(daegu.ClassWins == 1 ? "(in a round the model played for it, nobody in its team having decided)"
            : $"({daegu.ClassWins} of them in rounds the model played for it, nobody in its team having decided)", comparison.Sentences[0], StringComparison.Ordinal);
        // So is the effort the model spent for it, which the net gain counts: every ₩ of it here, the class having bid nothing.
        var spent = game.Results.Skip(1).SelectMany(r => r.Bids).Where(b => b.Regions.Contains("daegu")).ToList();
        Assert.All(spent, b => Assert.False(b.Played));
        Assert.True(daegu.ModelPlayedEffortBillionWon > 0);
        Assert.Contains($"(prizes won minus effort; {GameComparison.Money(daegu.ModelPlayedEffortBillionWon)} of that effort the model spent in rounds it played for it",
            comparison.Sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AConsortiumMemberNobodyDecidedFor_IsTheModels_EvenWhenItsPartnersPlayersBid()
    {
        // Gyeongbuk's team decides in Robot Land only; in the Medical Complex, where it bids as one with Daegu, only Daegu's
        // player decides, so Gyeongbuk's part of that bid (its effort and any prize) is the model's play, not the class's.
        var game = new ParticipatoryGame(Baseline, 7, Roh);
        game.Seat(Region("daegu"));
        game.Seat(Region("gyeongbuk"));
        PlayFollowingTheTimeline(game, g =>
        {
            if (g.Round == 1)
            {
                g.Decide(Region("gyeongbuk"), new PlayerChoice(true, 20, false));
            }
            if (g.Round == 2)
            {
                g.Decide(Region("daegu"), new PlayerChoice(true, 30, false));
            }
        });

        var joint = game.Results[2].Bids.Single(b => b.Regions.Contains("gyeongbuk"));
        Assert.Equal(["daegu", "gyeongbuk"], joint.Regions.Order());
        Assert.True(joint.Played);
        Assert.True(joint.Member("daegu")!.Played);
        Assert.False(joint.Member("gyeongbuk")!.Played);
        var gyeongbuk = GameComparison.Of(game, 20).Players.Single(p => p.Region == "gyeongbuk");
        Assert.True(gyeongbuk.PartlyModelPlayed);
        Assert.Equal(joint.Member("gyeongbuk")!.EffortChargedBillionWon, gyeongbuk.ModelPlayedEffortBillionWon, 9);
        Assert.Equal(joint.Won ? 1 : 0, gyeongbuk.ModelPlayedWins);
        // Each member's parts, summed over the rounds, are its standing: prizes less efforts.
        foreach (var standing in game.Standings().Where(s => s.Played))
        {
            var parts = game.Results.SelectMany(r => r.Bids).Select(b => b.Member(standing.Region)).OfType<BidMember>().ToList();
            Assert.Equal(standing.EffortBillionWon, parts.Sum(p => p.EffortChargedBillionWon), 9);
            Assert.Equal(standing.PrizeWonBillionWon, parts.Sum(p => p.PrizeWonBillionWon), 9);
        }
    }

    [Fact]
    public void ARegionThatIsACandidateInNoRound_IsSaidToHaveWatched_NotToHaveLeftItToTheModel()
    {
        var game = new ParticipatoryGame(Baseline, 5, Roh);
        game.Seat(Region("jeju")); // a candidate in none of the baseline's three competitions
        PlayFollowingTheTimeline(game);

        var jeju = GameComparison.Of(game, 20);

        Assert.True(jeju.Players.Single().Watched);
        Assert.Equal($"{Baseline.Regions[Region("jeju")].Name}: a candidate in no round of this game, so there was nothing to decide for it; it watched.", jeju.Sentences[0]);
    }

    [Fact]
    public void TheComparison_CreditsTheClassOnlyWithRegionsItDecidedFor()
    {
        var game = new ParticipatoryGame(Baseline, 5, Roh);
        game.Seat(Region("daejeon"));
        game.Seat(Region("gyeongbuk"));
        PlayFollowingTheTimeline(game, g =>
        {
            if (g.Brief(Region("gyeongbuk")).Eligible)
            {
                g.Decide(Region("gyeongbuk"), new PlayerChoice(true, 10, false));
            }
        });

        var comparison = GameComparison.Of(game, 50);

        Assert.Equal([false, true], comparison.Players.Select(p => p.Decided));
        Assert.Contains("nobody in its team decided", comparison.Sentences[0], StringComparison.Ordinal);
        Assert.StartsWith($"{Baseline.Regions[Region("gyeongbuk")].Name}: the class won", comparison.Sentences[1], StringComparison.Ordinal);
        Assert.Matches("did (better|worse) than", comparison.Sentences[1]);
    }

    [Fact]
    public void APlayerWhoNeverBids_WinsNothing_AndSpendsNothing()
    {
        var incheon = Region("incheon");
        var game = new ParticipatoryGame(Baseline, 9, Roh);
        game.Seat(incheon);
        PlayFollowingTheTimeline(game, g => g.Decide(incheon, new PlayerChoice(false, 0, false)));

        var standing = game.Standings().Single(s => s.Region == "incheon");
        Assert.True(standing.Played);
        Assert.Equal(0, standing.Wins);
        Assert.Equal(0.0, standing.EffortBillionWon);
        Assert.Throws<InvalidOperationException>(game.Advance);
    }
}
