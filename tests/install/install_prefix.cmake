# Installs the build tree into a fresh prefix: cmake -DBUILD=... -DPREFIX=...
# [-DCONFIG=...] -P install_prefix.cmake
file(REMOVE_RECURSE "${PREFIX}")
set(config_args)
if(CONFIG)
  set(config_args --config "${CONFIG}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD}" --prefix "${PREFIX}" ${config_args}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
foreach(required IN ITEMS "${INCLUDEDIR}/ect/ect.hpp" "${CMAKEDIR}/ect-config.cmake"
                          "${CMAKEDIR}/ect-config-version.cmake" "${LIBDIR}/pkgconfig/ect.pc")
  if(NOT EXISTS "${PREFIX}/${required}")
    message(FATAL_ERROR "not installed: ${required}")
  endif()
endforeach()
