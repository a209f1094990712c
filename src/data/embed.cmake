# Turns a text table into a C++ source defining `std::string_view NAME()`.
# Run as: cmake -DIN=file -DOUT=file.cpp -DNAME=firms_tsv -P embed.cmake
file(READ "${IN}" content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE "${OUT}.tmp"
"// Generated from ${IN}; edit that file, not this one.\n#include \"data/embedded.hpp\"\n"
"namespace ect::data {\nnamespace {\nconstexpr char ${NAME}_bytes[] = {${bytes} 0};\n}\n"
"std::string_view ${NAME}() { return {${NAME}_bytes, sizeof ${NAME}_bytes - 1}; }\n}\n")
file(RENAME "${OUT}.tmp" "${OUT}")
