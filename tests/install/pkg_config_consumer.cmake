# Builds and runs consumer.cpp with the flags of `pkg-config --cflags --libs ect`
# from an installed prefix, as a Makefile user would.
#   cmake -DPKG_CONFIG=... -DPC_DIR=<prefix>/lib/pkgconfig -DCXX=... -DSOURCE=...
#         -DOUT=... -DINPUT=... [-DEXPECTED="TURNS ANALYSTS EXCHANGES"] [-DSTATIC=ON] [-DEXTRA_FLAGS=...] -P pkg_config_consumer.cmake
set(ENV{PKG_CONFIG_PATH} "${PC_DIR}")
# A static libect leaves ICU and fmt to the consumer: they are in
# Requires.private, which pkg-config lists with --static.
set(static_arg)
if(STATIC)
  set(static_arg --static)
endif()
execute_process(COMMAND "${PKG_CONFIG}" --cflags --libs ${static_arg} ect
                OUTPUT_VARIABLE flags RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config --cflags --libs ect failed (${rc})")
endif()
message(STATUS "pkg-config: ${flags}")
separate_arguments(flags UNIX_COMMAND "${flags}")
separate_arguments(extra UNIX_COMMAND "${EXTRA_FLAGS}")
separate_arguments(expected UNIX_COMMAND "${EXPECTED}")
execute_process(COMMAND "${CXX}" -std=c++20 ${extra} "${SOURCE}" -o "${OUT}" ${flags} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "compiling the pkg-config consumer failed (${rc})")
endif()
# A shared libect in the prefix is not on the loader's path.
set(ENV{LD_LIBRARY_PATH} "${PC_DIR}/..:$ENV{LD_LIBRARY_PATH}")
execute_process(COMMAND "${OUT}" "${INPUT}" ${expected} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the pkg-config consumer failed on ${INPUT} (${rc})")
endif()
