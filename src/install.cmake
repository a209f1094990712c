# Install and export: the public headers, the library with its CMake package
# (`find_package(ect)` gives `ect::ect`), a pkg-config file and the CLI.
# Everything is relocatable: the install prefix may be changed at install
# time (`cmake --install build --prefix /opt/ect`).
include(CMakePackageConfigHelpers)

set(ECT_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/ect" CACHE STRING "Where ect-config.cmake is installed")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/ect" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        FILES_MATCHING PATTERN "*.hpp")
install(TARGETS ect EXPORT ect-targets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(EXPORT ect-targets NAMESPACE ect:: FILE ect-targets.cmake DESTINATION "${ECT_INSTALL_CMAKEDIR}")

# ICU and fmt are private to the library, but a static archive leaves their
# symbols unresolved: the consumer must link them, so the package config looks
# them up only in that case.
get_target_property(ect_library_type ect TYPE)
if(ect_library_type STREQUAL "STATIC_LIBRARY")
  set(ECT_STATIC_LIBRARY ON)
else()
  set(ECT_STATIC_LIBRARY OFF)
endif()
configure_package_config_file("${CMAKE_CURRENT_LIST_DIR}/ect-config.cmake.in"
  "${PROJECT_BINARY_DIR}/ect-config.cmake" INSTALL_DESTINATION "${ECT_INSTALL_CMAKEDIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/ect-config-version.cmake"
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/ect-config.cmake" "${PROJECT_BINARY_DIR}/ect-config-version.cmake"
        DESTINATION "${ECT_INSTALL_CMAKEDIR}")

# pkg-config: the prefix is found from the .pc file's own place (${pcfiledir},
# understood by pkg-config and pkgconf), so a moved prefix still works.
set(ECT_PC_INSTALLDIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
if(IS_ABSOLUTE "${ECT_PC_INSTALLDIR}")
  set(ECT_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH ect_pc_up "/ect-root/${ECT_PC_INSTALLDIR}" "/ect-root")
  string(REGEX REPLACE "/$" "" ect_pc_up "${ect_pc_up}")
  set(ECT_PC_PREFIX "\${pcfiledir}/${ect_pc_up}")
endif()
foreach(dir INCLUDEDIR LIBDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${dir}}")
    set(ECT_PC_${dir} "${CMAKE_INSTALL_${dir}}")
  else()
    set(ECT_PC_${dir} "\${prefix}/${CMAKE_INSTALL_${dir}}")
  endif()
endforeach()
configure_file("${CMAKE_CURRENT_LIST_DIR}/ect.pc.in" "${PROJECT_BINARY_DIR}/ect.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/ect.pc" DESTINATION "${ECT_PC_INSTALLDIR}")

if(TARGET ect_cli)
  # A shared libect sits in the prefix's libdir, next to nothing the loader
  # searches by default.
  if(NOT ECT_STATIC_LIBRARY)
    set_property(TARGET ect_cli APPEND PROPERTY INSTALL_RPATH "$ORIGIN/../${CMAKE_INSTALL_LIBDIR}")
  endif()
  install(TARGETS ect_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()
