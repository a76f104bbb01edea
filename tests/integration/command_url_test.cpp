// The org.nianbao: command URLs the menu and the sidebar dispatch.
#include <gtest/gtest.h>

#include "uno/dispatch/command_url.hpp"

namespace nianbao::lo::dispatch {
namespace {

TEST(CommandUrl, RoundTrip) {
    const std::string url = commandUrl("fixAll", {{"cells", joinList({"T3.new.np", "T3.new.biz"})}, {"alternative", "1"}});
    EXPECT_EQ(url, "org.nianbao:fixAll?alternative=1&cells=T3.new.np,T3.new.biz");
    const Command c = parseCommand(url);
    EXPECT_EQ(c.name, "fixAll");
    EXPECT_EQ(c.param("alternative", "0"), "1");
    EXPECT_EQ(splitList(c.param("cells", "")), (std::vector<std::string>{"T3.new.np", "T3.new.biz"}));
}

TEST(CommandUrl, Defaults) {
    EXPECT_EQ(commandUrl("insertMissing"), "org.nianbao:insertMissing");
    const Command c = parseCommand("org.nianbao:rebuild");
    EXPECT_EQ(c.name, "rebuild");
    EXPECT_EQ(c.param("table", "T3"), "T3");
    EXPECT_TRUE(splitList("").empty());
    EXPECT_EQ(splitList("a,,b,"), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(parseCommand(".uno:Save").name, "");
}

}  // namespace
}  // namespace nianbao::lo::dispatch
