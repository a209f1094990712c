# ECT_STATIC_CLI: the ect tool with ICU, fmt and the C++ runtime linked in,
# so that starting it loads only the C library. Started once per file, the
# tool spends much of its time being loaded: dynamically linked it takes
# about twice as long to start and exit. The library's sources are built a
# second time for it (fmt header-only, ICU's static archives); the library
# itself and everything else stay as they are.
set(ect_icu_archives)
foreach(part i18n uc data) # in link order
  find_library(ECT_ICU_${part}_ARCHIVE NAMES libicu${part}.a)
  if(NOT ECT_ICU_${part}_ARCHIVE)
    message(FATAL_ERROR "ECT_STATIC_CLI needs ICU's static archive libicu${part}.a (Debian: libicu-dev)")
  endif()
  list(APPEND ect_icu_archives ${ECT_ICU_${part}_ARCHIVE})
endforeach()

add_library(ect_embedded STATIC ${ECT_STAGE_SOURCES} ${ECT_DATA_SOURCES})
target_include_directories(ect_embedded PUBLIC ${PROJECT_SOURCE_DIR}/include PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_include_directories(ect_embedded SYSTEM PRIVATE ${ICU_INCLUDE_DIRS})
target_link_libraries(ect_embedded
  PRIVATE ect_settings Boost::headers nlohmann_json::nlohmann_json
  PUBLIC fmt::fmt-header-only ${ect_icu_archives} ${CMAKE_DL_LIBS} Threads::Threads)
target_compile_features(ect_embedded PUBLIC cxx_std_20)

target_link_libraries(ect_cli PRIVATE ect_embedded)
target_link_options(ect_cli PRIVATE -static-libstdc++ -static-libgcc)
